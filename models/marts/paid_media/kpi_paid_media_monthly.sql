-- Paid media KPIs per month × platform × campaign (catalog section 3): the days' counts summed,
-- every rate recomputed from the sums (never an average of daily rates). Pass-through campaign
-- columns (vars <platform>__campaign_report_pass_through_columns) follow the campaign name: numbers summed,
-- text as the campaign name (its greatest value in the month); while one is set, the contract is
-- not enforced (its columns are the vars').
{{ config(contract=pass_through_contract(ad_report_tables())) }}
with paid_media as (
    select * from {{ ref('int_paid_media__daily') }}
),

monthly as (
    select
        cast({{ dbt.date_trunc('month', 'ad_date') }} as date) as period_start,
        platform,
        ad_campaign_key,
        campaign_id,
        max(campaign_name) as campaign_name
        {{- pass_through_select(ad_pass_through_columns(), how='aggregate') }},
        cast(sum(impressions) as {{ dbt.type_bigint() }}) as impressions,
        cast(sum(clicks) as {{ dbt.type_bigint() }}) as clicks,
        sum(spend_amount) as spend_amount,
        sum(conversions) as conversions,
        sum(conversion_value_amount) as conversion_value_amount,
        cast(sum(crm_leads) as {{ dbt.type_bigint() }}) as crm_leads,
        sum(attributed_revenue_amount) as attributed_revenue_amount
    from paid_media
    group by cast({{ dbt.date_trunc('month', 'ad_date') }} as date), platform, ad_campaign_key, campaign_id
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
        platform,
        ad_campaign_key,
        campaign_id,
        campaign_name
        {{- pass_through_select(ad_pass_through_columns()) }},
        -- counts and money
        impressions,
        clicks,
        spend_amount,
        conversions,
        conversion_value_amount,
        crm_leads,
        attributed_revenue_amount,
        -- KPIs (catalog section 3; the registry's numerator and denominator:
        -- tests/python/test_rules_once.py)
        attributed_revenue_amount - spend_amount as net_return_amount,
        {{ ratio('clicks', 'impressions') }} as ctr,
        {{ ratio('spend_amount', 'clicks') }} as cpc,
        {{ ratio('spend_amount', 'impressions', 1000) }} as cpm,
        {{ ratio('conversions', 'clicks') }} as conversion_rate,
        {{ ratio('spend_amount', 'crm_leads') }} as paid_cost_per_lead,
        {{ ratio('attributed_revenue_amount', 'spend_amount') }} as roas,
        {{ roi('attributed_revenue_amount', 'spend_amount') }} as campaign_roi
    from monthly
)

select * from final

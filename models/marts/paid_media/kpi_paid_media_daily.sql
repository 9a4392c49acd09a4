-- Paid media KPIs per day × platform × campaign (catalog section 3).
-- Pass-through campaign columns (vars <platform>__campaign_report_pass_through_columns) follow the
-- campaign name; while one is set, the contract is not enforced (its columns are the vars').
{{ config(contract=pass_through_contract(ad_report_tables())) }}

with paid_media as (
    select * from {{ ref('int_paid_media__daily') }}
),

final as (
    select
        -- grain
        ad_date as period_start,
        'day' as period_grain,
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
    from paid_media
)

select * from final

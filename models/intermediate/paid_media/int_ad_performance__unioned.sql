-- All ad platforms in one column set: one row per day × platform × campaign.
-- Each platform's staging model already ends in the same columns (see scripts/templates/stg_ad_report.sql). Two
-- reshapings (DECISIONLOG.md, "Ad exports at other levels and periods"):
--   * rows finer than a campaign (Meta ad set / ad, Google ad group, LinkedIn ad set) are summed
--     to the campaign;
--   * a row that covers a period (a Google Ads report without the Day segment, a Meta export for a
--     date range) is spread evenly over its days, in whole units (counts) and millionths (money,
--     conversions) with the remainder on the first days, so every day is a plain row and the
--     days of a period add up exactly to the exported total.
{#- the platforms switched on (var <platform>__enabled, default true: Fivetran's convention) -#}
{%- set staging_models = [] %}
{%- for platform in ['google_ads', 'linkedin_ads', 'meta_ads', 'microsoft_ads'] %}
    {%- if var(platform ~ '__enabled', true) %}
        {%- do staging_models.append('stg_' ~ platform ~ '__campaign_report') %}
    {%- endif %}
{%- endfor %}
{%- if not staging_models %}
    {{ exceptions.raise_compiler_error("every ad platform is switched off (vars google_ads__enabled, linkedin_ads__enabled, meta_ads__enabled, microsoft_ads__enabled): switch one on") }}
{%- endif %}

with days as (
    select * from {{ ref('int_calendar__days') }}
),

-- the platforms' staging models (one column set: scripts/templates/stg_ad_report.sql)
all_platforms as (
    {%- for name in staging_models %}
        select * from {{ ref(name) }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

-- one row per day of each row's period; day_index 0 is the period's first day
period_days as (
    select
        all_platforms.*,
        days.calendar_date as ad_date,
        {{ dbt.datediff('all_platforms.period_start', 'days.calendar_date', 'day') }} as day_index,  -- noqa: LT05
        {{ dbt.datediff('all_platforms.period_start', 'all_platforms.period_end', 'day') }} + 1 as days_in_period  -- noqa: LT05
    from all_platforms
    inner join days
        on all_platforms.period_start <= days.calendar_date and all_platforms.period_end >= days.calendar_date
),

spread_days as (
    select
        ad_campaign_key,
        campaign_id,
        platform,
        account_name,
        campaign_name,
        currency
        {{- pass_through_select(ad_pass_through_columns(), how='spread') }},
        ad_date,
        {{ spread_evenly('impressions', 1) }} as impressions,
        {{ spread_evenly('clicks', 1) }} as clicks,
        {{ spread_evenly('spend_amount_local', 1000000) }} as spend_amount_local,
        {{ spread_evenly('spend_amount', 1000000) }} as spend_amount,
        {{ spread_evenly('conversions', 1000000) }} as conversions,
        {{ spread_evenly('conversion_value_amount', 1000000) }} as conversion_value_amount
    from period_days
),

campaign_days as (
    select
        ad_campaign_key,
        ad_date,
        max(campaign_id) as campaign_id,
        max(platform) as platform,
        max(account_name) as account_name,
        max(campaign_name) as campaign_name,
        max(currency) as currency
        {{- pass_through_select(ad_pass_through_columns(), how='aggregate') }},
        cast(sum(impressions) as {{ dbt.type_bigint() }}) as impressions,
        cast(sum(clicks) as {{ dbt.type_bigint() }}) as clicks,
        sum(spend_amount_local) as spend_amount_local,
        sum(spend_amount) as spend_amount,
        sum(conversions) as conversions,
        sum(conversion_value_amount) as conversion_value_amount
    from spread_days
    group by ad_campaign_key, ad_date
),

final as (
    select
        -- ids
        {{ surrogate_key(['ad_campaign_key', 'ad_date']) }}
            as ad_performance_id,
        ad_campaign_key,
        campaign_id,
        -- dimensions
        platform,
        account_name,
        campaign_name,
        currency
        {{- pass_through_select(ad_pass_through_columns()) }},
        -- dates
        ad_date,
        -- measures
        impressions,
        clicks,
        spend_amount_local,
        spend_amount,
        conversions,
        conversion_value_amount
    from campaign_days
)

select * from final

-- All ad platforms in one column set: one row per day × platform × campaign.
-- Each platform's staging model already ends in the same columns (see stage_ad_report).
with google_ads as (
    select * from {{ ref('stg_google_ads__campaign_report') }}
),

linkedin_ads as (
    select * from {{ ref('stg_linkedin_ads__campaign_report') }}
),

meta_ads as (
    select * from {{ ref('stg_meta_ads__campaign_report') }}
),

microsoft_ads as (
    select * from {{ ref('stg_microsoft_ads__campaign_report') }}
),

unioned as (
    select * from google_ads
    union all
    select * from linkedin_ads
    union all
    select * from meta_ads
    union all
    select * from microsoft_ads
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
        currency,
        -- dates
        ad_date,
        -- measures
        impressions,
        clicks,
        spend_amount_local,
        spend_amount,
        conversions
    from unioned
)

select * from final

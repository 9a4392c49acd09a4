-- Paid media KPIs per day × platform × campaign (catalog section 3).
with ads as (
    select * from {{ ref('int_ad_performance__unioned') }}
),

attribution as (
    select * from {{ ref('int_campaign_attribution__daily') }}
),

joined as (
    select
        ads.ad_date as period_start,
        ads.platform,
        ads.ad_campaign_key,
        ads.campaign_id,
        ads.campaign_name,
        ads.impressions,
        ads.clicks,
        ads.spend_amount,
        ads.conversions,
        coalesce(attribution.crm_leads, 0) as crm_leads,
        coalesce(attribution.attributed_revenue_amount, 0) as attributed_revenue_amount
    from ads
    left join attribution
        on ads.ad_campaign_key = attribution.ad_campaign_key and ads.ad_date = attribution.activity_date
),

final as (
    select
        -- grain
        period_start,
        'day' as period_grain,
        platform,
        ad_campaign_key,
        campaign_id,
        campaign_name,
        -- counts and money
        impressions,
        clicks,
        spend_amount,
        conversions,
        crm_leads,
        attributed_revenue_amount,
        -- KPIs
        {{ paid_media_kpis() }}
    from joined
)

select * from final

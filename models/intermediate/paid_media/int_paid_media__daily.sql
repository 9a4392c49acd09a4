-- Paid media counts and money per day × platform × campaign: the ad platforms' rows (impressions,
-- clicks, spend, conversions) beside the CRM outcomes attributed to the campaign that day (leads,
-- won-deal revenue). The one input of both paid media marts (daily and monthly), so the two grains
-- add up to the same totals.

with ads as (
    select * from {{ ref('int_ad_performance__unioned') }}
),

attribution as (
    select * from {{ ref('int_campaign_attribution__daily') }}
),

final as (
    select
        -- grain
        ads.ad_date,
        ads.platform,
        ads.ad_campaign_key,
        ads.campaign_id,
        ads.campaign_name
        {{- pass_through_select(ad_pass_through_columns(), 'ads.') }},
        -- counts and money
        ads.impressions,
        ads.clicks,
        ads.spend_amount,
        ads.conversions,
        ads.conversion_value_amount,
        coalesce(attribution.crm_leads, 0) as crm_leads,
        coalesce(attribution.attributed_revenue_amount, 0) as attributed_revenue_amount
    from ads
    left join attribution
        on ads.ad_campaign_key = attribution.ad_campaign_key and ads.ad_date = attribution.activity_date
)

select * from final

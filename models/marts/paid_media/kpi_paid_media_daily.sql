-- Paid media KPIs per day × platform × campaign (catalog section 3).
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
    from paid_media
)

select * from final

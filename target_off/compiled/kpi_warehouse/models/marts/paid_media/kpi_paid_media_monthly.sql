-- Paid media KPIs per month × platform × campaign (catalog section 3): the days' counts summed,
-- every rate recomputed from the sums (never an average of daily rates).
with paid_media as (
    select * from "off"."main"."int_paid_media__daily"
),

monthly as (
    select
        cast(date_trunc('month', ad_date) as date) as period_start,
        platform,
        ad_campaign_key,
        campaign_id,
        max(campaign_name) as campaign_name,
        cast(sum(impressions) as bigint) as impressions,
        cast(sum(clicks) as bigint) as clicks,
        sum(spend_amount) as spend_amount,
        sum(conversions) as conversions,
        cast(sum(crm_leads) as bigint) as crm_leads,
        sum(attributed_revenue_amount) as attributed_revenue_amount
    from paid_media
    group by cast(date_trunc('month', ad_date) as date), platform, ad_campaign_key, campaign_id
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
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
        attributed_revenue_amount - spend_amount as net_return_amount,
    case
        when impressions is null or impressions = 0 or clicks is null then null
        else cast(cast(clicks as decimal(38,10)) * 1 / cast(impressions as decimal(38,10)) as decimal(38,10))
    end as ctr,
    case
        when clicks is null or clicks = 0 or spend_amount is null then null
        else cast(cast(spend_amount as decimal(38,10)) * 1 / cast(clicks as decimal(38,10)) as decimal(38,10))
    end as cpc,
    case
        when impressions is null or impressions = 0 or spend_amount is null then null
        else cast(cast(spend_amount as decimal(38,10)) * 1000 / cast(impressions as decimal(38,10)) as decimal(38,10))
    end as cpm,
    case
        when clicks is null or clicks = 0 or conversions is null then null
        else cast(cast(conversions as decimal(38,10)) * 1 / cast(clicks as decimal(38,10)) as decimal(38,10))
    end as conversion_rate,
    case
        when crm_leads is null or crm_leads = 0 or spend_amount is null then null
        else cast(cast(spend_amount as decimal(38,10)) * 1 / cast(crm_leads as decimal(38,10)) as decimal(38,10))
    end as paid_cost_per_lead,
    case
        when spend_amount is null or spend_amount = 0 or attributed_revenue_amount is null then null
        else cast(cast(attributed_revenue_amount as decimal(38,10)) * 1 / cast(spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas,
    case
        when spend_amount is null or spend_amount = 0 or (attributed_revenue_amount) - (spend_amount) is null then null
        else cast(cast((attributed_revenue_amount) - (spend_amount) as decimal(38,10)) * 1 / cast(spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi
    from monthly
)

select * from final
-- Paid media KPIs per day × platform × campaign (catalog section 3). Incremental by campaign day
-- (macros/staging/incremental.sql): a run recomputes the pairs int_paid_media__daily recomputed.

    

with  __dbt__cte__int_paid_media__daily as (

-- Fixture for int_paid_media__daily
select 
    
    cast('2025-01-01' as DATE)
 as "ad_date", 
    
    cast('google_ads' as character varying)
 as "platform", 
    
    cast('google_ads|1' as character varying)
 as "ad_campaign_key", 
    
    cast('1' as character varying)
 as "campaign_id", 
    
    cast('a' as character varying)
 as "campaign_name", 
    
    cast(1000 as BIGINT)
 as "impressions", 
    
    cast(20 as BIGINT)
 as "clicks", 
    
    cast(50 as DECIMAL(38,6))
 as "spend_amount", 
    
    cast(2 as DECIMAL(38,6))
 as "conversions", 
    
    cast(2 as BIGINT)
 as "crm_leads", 
    
    cast(150 as DECIMAL(38,6))
 as "attributed_revenue_amount"
union all
select 
    
    cast('2025-01-02' as DATE)
 as "ad_date", 
    
    cast('google_ads' as character varying)
 as "platform", 
    
    cast('google_ads|1' as character varying)
 as "ad_campaign_key", 
    
    cast('1' as character varying)
 as "campaign_id", 
    
    cast('a' as character varying)
 as "campaign_name", 
    
    cast(0 as BIGINT)
 as "impressions", 
    
    cast(0 as BIGINT)
 as "clicks", 
    
    cast(0 as DECIMAL(38,6))
 as "spend_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "conversions", 
    
    cast(0 as BIGINT)
 as "crm_leads", 
    
    cast(0 as DECIMAL(38,6))
 as "attributed_revenue_amount"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "ad_date", 
    
    cast('meta_ads' as character varying)
 as "platform", 
    
    cast('meta_ads|9' as character varying)
 as "ad_campaign_key", 
    
    cast('9' as character varying)
 as "campaign_id", 
    
    cast('b' as character varying)
 as "campaign_name", 
    
    cast(500000 as BIGINT)
 as "impressions", 
    
    cast(4000 as BIGINT)
 as "clicks", 
    
    cast(100000 as DECIMAL(38,6))
 as "spend_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "conversions", 
    
    cast(0 as BIGINT)
 as "crm_leads", 
    
    cast(150000 as DECIMAL(38,6))
 as "attributed_revenue_amount"
), paid_media as (
    select * from __dbt__cte__int_paid_media__daily as daily
    
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
    from paid_media
)

select * from final
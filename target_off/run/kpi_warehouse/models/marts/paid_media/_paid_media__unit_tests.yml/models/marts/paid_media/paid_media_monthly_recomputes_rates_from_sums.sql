
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "period_start","ad_campaign_key","impressions","clicks","ctr","cpc","cpm","paid_cost_per_lead","roas","campaign_roi", 'actual' as "actual_or_expected"
  from (
    -- Paid media KPIs per month × platform × campaign (catalog section 3): the days' counts summed,
-- every rate recomputed from the sums (never an average of daily rates).
with  __dbt__cte__int_paid_media__daily as (

-- Fixture for int_paid_media__daily
select 
    
    cast('2025-03-01' as DATE)
 as "ad_date", 
    
    cast('linkedin_ads' as character varying)
 as "platform", 
    
    cast('linkedin_ads|7' as character varying)
 as "ad_campaign_key", 
    
    cast('7' as character varying)
 as "campaign_id", 
    
    cast('c' as character varying)
 as "campaign_name", 
    
    cast(1000 as BIGINT)
 as "impressions", 
    
    cast(10 as BIGINT)
 as "clicks", 
    
    cast(60 as DECIMAL(38,6))
 as "spend_amount", 
    
    cast(1 as DECIMAL(38,6))
 as "conversions", 
    
    cast(1 as BIGINT)
 as "crm_leads", 
    
    cast(0 as DECIMAL(38,6))
 as "attributed_revenue_amount"
union all
select 
    
    cast('2025-03-02' as DATE)
 as "ad_date", 
    
    cast('linkedin_ads' as character varying)
 as "platform", 
    
    cast('linkedin_ads|7' as character varying)
 as "ad_campaign_key", 
    
    cast('7' as character varying)
 as "campaign_id", 
    
    cast('c' as character varying)
 as "campaign_name", 
    
    cast(1000 as BIGINT)
 as "impressions", 
    
    cast(20 as BIGINT)
 as "clicks", 
    
    cast(30 as DECIMAL(38,6))
 as "spend_amount", 
    
    cast(2 as DECIMAL(38,6))
 as "conversions", 
    
    cast(2 as BIGINT)
 as "crm_leads", 
    
    cast(0 as DECIMAL(38,6))
 as "attributed_revenue_amount"
), paid_media as (
    select * from __dbt__cte__int_paid_media__daily
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
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "period_start", "ad_campaign_key", "impressions", "clicks", "ctr", "cpc", "cpm", "paid_cost_per_lead", "roas", "campaign_roi", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('linkedin_ads|7' as character varying)
 as "ad_campaign_key", 
    
    cast(2000 as BIGINT)
 as "impressions", 
    
    cast(30 as BIGINT)
 as "clicks", 
    
    cast(0.015 as DECIMAL(38,10))
 as "ctr", 
    
    cast(3 as DECIMAL(38,10))
 as "cpc", 
    
    cast(45 as DECIMAL(38,10))
 as "cpm", 
    
    cast(30 as DECIMAL(38,10))
 as "paid_cost_per_lead", 
    
    cast(0 as DECIMAL(38,10))
 as "roas", 
    
    cast(-1 as DECIMAL(38,10))
 as "campaign_roi"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected
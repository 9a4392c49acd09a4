
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
 as "attributed_revenue_amount"select 
    
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
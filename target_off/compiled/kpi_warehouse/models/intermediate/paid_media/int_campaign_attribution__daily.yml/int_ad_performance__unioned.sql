
-- Fixture for int_ad_performance__unioned
select cast(null as character varying(256)) as "ad_performance_id", 
    
    cast('google_ads|1' as character varying)
 as "ad_campaign_key", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "platform", cast(null as character varying(256)) as "account_name", 
    
    cast('brand' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "currency", 
    
    cast('2025-01-01' as DATE)
 as "ad_date", cast(null as BIGINT) as "impressions", cast(null as BIGINT) as "clicks", cast(null as DECIMAL(38,6)) as "spend_amount_local", cast(null as DECIMAL(38,6)) as "spend_amount", cast(null as DECIMAL(38,6)) as "conversions"
union all
select cast(null as character varying(256)) as "ad_performance_id", 
    
    cast('google_ads|1' as character varying)
 as "ad_campaign_key", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "platform", cast(null as character varying(256)) as "account_name", 
    
    cast('brand' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "currency", 
    
    cast('2025-01-02' as DATE)
 as "ad_date", cast(null as BIGINT) as "impressions", cast(null as BIGINT) as "clicks", cast(null as DECIMAL(38,6)) as "spend_amount_local", cast(null as DECIMAL(38,6)) as "spend_amount", cast(null as DECIMAL(38,6)) as "conversions"
union all
select cast(null as character varying(256)) as "ad_performance_id", 
    
    cast('meta_ads|7' as character varying)
 as "ad_campaign_key", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "platform", cast(null as character varying(256)) as "account_name", 
    
    cast('retarget' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "currency", 
    
    cast('2025-01-02' as DATE)
 as "ad_date", cast(null as BIGINT) as "impressions", cast(null as BIGINT) as "clicks", cast(null as DECIMAL(38,6)) as "spend_amount_local", cast(null as DECIMAL(38,6)) as "spend_amount", cast(null as DECIMAL(38,6)) as "conversions"

-- Fixture for stg_hubspot__contacts
select 
    
    cast('1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", cast(null as character varying(256)) as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('Email' as character varying)
 as "channel", cast(null as BIGINT) as "lead_score", 
    
    cast('2025-03-01 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "became_lead_at", cast(null as TIMESTAMP) as "became_mql_at", 
    
    cast('2025-03-10 10:00:00' as TIMESTAMP)
 as "became_sql_at", cast(null as TIMESTAMP) as "became_opportunity_at", cast(null as TIMESTAMP) as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", cast(null as character varying(256)) as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('Paid Search' as character varying)
 as "channel", cast(null as BIGINT) as "lead_score", 
    
    cast('2025-03-05 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "became_lead_at", 
    
    cast('2025-03-20 10:00:00' as TIMESTAMP)
 as "became_mql_at", cast(null as TIMESTAMP) as "became_sql_at", cast(null as TIMESTAMP) as "became_opportunity_at", cast(null as TIMESTAMP) as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('3' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", cast(null as character varying(256)) as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('Referral' as character varying)
 as "channel", cast(null as BIGINT) as "lead_score", 
    
    cast('2025-01-05 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "became_lead_at", 
    
    cast('2025-01-06 10:00:00' as TIMESTAMP)
 as "became_mql_at", 
    
    cast('2025-01-07 10:00:00' as TIMESTAMP)
 as "became_sql_at", 
    
    cast('2025-01-08 10:00:00' as TIMESTAMP)
 as "became_opportunity_at", 
    
    cast('2025-03-01 10:00:00' as TIMESTAMP)
 as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('4' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", cast(null as character varying(256)) as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('Referral' as character varying)
 as "channel", cast(null as BIGINT) as "lead_score", 
    
    cast('2025-02-01 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "became_lead_at", cast(null as TIMESTAMP) as "became_mql_at", cast(null as TIMESTAMP) as "became_sql_at", cast(null as TIMESTAMP) as "became_opportunity_at", 
    
    cast('2024-12-01 10:00:00' as TIMESTAMP)
 as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
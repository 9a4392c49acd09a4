
-- Fixture for stg_hubspot__contacts
select 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", 
    
    cast('Acme' as character varying)
 as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", cast(null as character varying(256)) as "channel", cast(null as BIGINT) as "lead_score", cast(null as TIMESTAMP) as "created_at", cast(null as TIMESTAMP) as "became_lead_at", cast(null as TIMESTAMP) as "became_mql_at", cast(null as TIMESTAMP) as "became_sql_at", cast(null as TIMESTAMP) as "became_opportunity_at", cast(null as TIMESTAMP) as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
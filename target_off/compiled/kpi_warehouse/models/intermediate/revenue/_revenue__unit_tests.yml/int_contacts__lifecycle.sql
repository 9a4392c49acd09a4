
-- Fixture for int_contacts__lifecycle
select 
    
    cast('k1' as character varying)
 as "contact_id", 
    
    cast('Email' as character varying)
 as "channel", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('US' as character varying)
 as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as DATE) as "lead_date", cast(null as DATE) as "mql_date", cast(null as DATE) as "sql_date", cast(null as DATE) as "opportunity_date", cast(null as DATE) as "customer_date", cast(null as DATE) as "lead_month", cast(null as DATE) as "mql_month", cast(null as DATE) as "sql_month", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "customer_month", cast(null as BOOLEAN) as "is_mql", cast(null as BOOLEAN) as "is_sql", cast(null as BOOLEAN) as "is_opportunity", cast(null as BOOLEAN) as "is_customer", cast(null as BOOLEAN) as "is_web_lead", cast(null as BIGINT) as "lead_score"
union all
select 
    
    cast('k2' as character varying)
 as "contact_id", 
    
    cast('Paid Search' as character varying)
 as "channel", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('TW' as character varying)
 as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as DATE) as "lead_date", cast(null as DATE) as "mql_date", cast(null as DATE) as "sql_date", cast(null as DATE) as "opportunity_date", cast(null as DATE) as "customer_date", cast(null as DATE) as "lead_month", cast(null as DATE) as "mql_month", cast(null as DATE) as "sql_month", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "customer_month", cast(null as BOOLEAN) as "is_mql", cast(null as BOOLEAN) as "is_sql", cast(null as BOOLEAN) as "is_opportunity", cast(null as BOOLEAN) as "is_customer", cast(null as BOOLEAN) as "is_web_lead", cast(null as BIGINT) as "lead_score"

-- Fixture for stg_surveys__csat_responses
select 
    
    cast('s1' as character varying)
 as "response_id", 
    
    cast('c1' as character varying)
 as "customer_id", cast(null as character varying(256)) as "response_type", 
    
    cast(5 as BIGINT)
 as "score", 
    
    cast('2025-02-03 10:00:00' as TIMESTAMP)
 as "submitted_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('s2' as character varying)
 as "response_id", 
    
    cast('c2' as character varying)
 as "customer_id", cast(null as character varying(256)) as "response_type", 
    
    cast(4 as BIGINT)
 as "score", 
    
    cast('2025-02-04 10:00:00' as TIMESTAMP)
 as "submitted_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('s3' as character varying)
 as "response_id", 
    
    cast('c3' as character varying)
 as "customer_id", cast(null as character varying(256)) as "response_type", 
    
    cast(3 as BIGINT)
 as "score", 
    
    cast('2025-02-05 10:00:00' as TIMESTAMP)
 as "submitted_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('s4' as character varying)
 as "response_id", 
    
    cast('c4' as character varying)
 as "customer_id", cast(null as character varying(256)) as "response_type", 
    
    cast(2 as BIGINT)
 as "score", 
    
    cast('2025-02-06 10:00:00' as TIMESTAMP)
 as "submitted_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"

-- Fixture for stg_market__brand_signals
select 
    
    cast('2025-02-01' as DATE)
 as "signal_month", 
    
    cast(10 as BIGINT)
 as "social_mentions", 
    
    cast(100 as BIGINT)
 as "branded_search_volume", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "signal_month", 
    
    cast(20 as BIGINT)
 as "social_mentions", 
    
    cast(100 as BIGINT)
 as "branded_search_volume", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "signal_month", 
    
    cast(30 as BIGINT)
 as "social_mentions", 
    
    cast(100 as BIGINT)
 as "branded_search_volume", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "signal_month", 
    
    cast(5 as BIGINT)
 as "social_mentions", 
    
    cast(50 as BIGINT)
 as "branded_search_volume", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"

-- Fixture for stg_market__market_size
select cast(null as character varying(256)) as "market_size_id", cast(null as character varying(256)) as "market_region", cast(null as character varying(256)) as "currency", 
    
    cast('2025-02-01' as DATE)
 as "quarter_start", cast(null as DECIMAL(38,6)) as "total_market_revenue_local", 
    
    cast(1000 as DECIMAL(38,6))
 as "total_market_revenue_amount", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "market_size_id", cast(null as character varying(256)) as "market_region", cast(null as character varying(256)) as "currency", 
    
    cast('2025-05-01' as DATE)
 as "quarter_start", cast(null as DECIMAL(38,6)) as "total_market_revenue_local", 
    
    cast(1000 as DECIMAL(38,6))
 as "total_market_revenue_amount", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
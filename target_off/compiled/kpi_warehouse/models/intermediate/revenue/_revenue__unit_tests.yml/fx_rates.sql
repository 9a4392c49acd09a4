
-- Fixture for fx_rates
select 
    
    cast('2025-01-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(32 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(40 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(40 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(40 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(40 as DECIMAL(18,6))
 as "units_per_usd"
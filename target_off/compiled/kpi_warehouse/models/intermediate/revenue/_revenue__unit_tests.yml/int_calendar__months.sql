
-- Fixture for int_calendar__months
select 
    
    cast('2024-12-01' as DATE)
 as "period_start", 
    
    cast('2025-01-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('2025-02-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('2025-03-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('2025-04-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast('2025-05-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast('2025-06-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-06-01' as DATE)
 as "period_start", 
    
    cast('2025-07-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
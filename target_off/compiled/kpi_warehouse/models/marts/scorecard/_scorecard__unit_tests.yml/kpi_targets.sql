
-- Fixture for kpi_targets
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", 
    
    cast(9999 as DECIMAL(38,10))
 as "target_value", cast(null as DATE) as "goal_start", cast(null as DATE) as "goal_deadline", cast(null as DECIMAL(38,10)) as "baseline_value"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", 
    
    cast(12000 as DECIMAL(38,10))
 as "target_value", 
    
    cast('2025-01-01' as DATE)
 as "goal_start", 
    
    cast('2025-06-01' as DATE)
 as "goal_deadline", 
    
    cast(10000 as DECIMAL(38,10))
 as "baseline_value"
union all
select 
    
    cast('cost_per_lead' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", 
    
    cast(60 as DECIMAL(38,10))
 as "target_value", 
    
    cast('2025-01-01' as DATE)
 as "goal_start", 
    
    cast('2025-04-01' as DATE)
 as "goal_deadline", 
    
    cast(80 as DECIMAL(38,10))
 as "baseline_value"
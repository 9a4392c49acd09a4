
-- Fixture for kpi_scorecard__lead_generation
select 
    
    cast('cost_per_lead' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(74 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('cost_per_lead' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(64 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
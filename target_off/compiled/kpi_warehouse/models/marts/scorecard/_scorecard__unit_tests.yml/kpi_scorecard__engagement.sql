
-- Fixture for kpi_scorecard__engagement
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2024-12-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(10000 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(10200 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(10500 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(11000 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(11200 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(11800 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-06-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(12100 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-07-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(12300 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"

-- Fixture for int_funnel__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(5 as BIGINT)
 as "new_leads", 
    
    cast(3 as BIGINT)
 as "mqls", 
    
    cast(2 as BIGINT)
 as "sqls", 
    
    cast(3 as BIGINT)
 as "opportunities", 
    
    cast(1 as BIGINT)
 as "wins", 
    
    cast(3 as BIGINT)
 as "leads_cohort_mqls", cast(null as BIGINT) as "leads_cohort_sqls", cast(null as BIGINT) as "leads_cohort_opportunities", cast(null as BIGINT) as "leads_cohort_wins", 
    
    cast(2 as BIGINT)
 as "mqls_cohort_sqls", cast(null as BIGINT) as "sqls_cohort_opportunities", cast(null as BIGINT) as "opportunities_cohort_wins", cast(null as DECIMAL(38,10)) as "lead_to_mql_rate", cast(null as DECIMAL(38,10)) as "mql_to_sql_rate", cast(null as DECIMAL(38,10)) as "sql_to_opportunity_rate", cast(null as DECIMAL(38,10)) as "opportunity_to_won_rate", cast(null as DECIMAL(38,10)) as "lead_to_won_rate"
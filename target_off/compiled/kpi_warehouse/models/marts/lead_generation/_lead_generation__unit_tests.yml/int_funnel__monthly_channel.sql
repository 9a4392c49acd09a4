
-- Fixture for int_funnel__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(100 as BIGINT)
 as "new_leads", 
    
    cast(100 as BIGINT)
 as "mqls", 
    
    cast(0 as BIGINT)
 as "sqls", cast(null as BIGINT) as "opportunities", cast(null as BIGINT) as "wins", 
    
    cast(100 as BIGINT)
 as "leads_cohort_mqls", 
    
    cast(39 as BIGINT)
 as "leads_cohort_sqls", cast(null as BIGINT) as "leads_cohort_opportunities", cast(null as BIGINT) as "leads_cohort_wins", 
    
    cast(39 as BIGINT)
 as "mqls_cohort_sqls", cast(null as BIGINT) as "sqls_cohort_opportunities", cast(null as BIGINT) as "opportunities_cohort_wins", 
    
    cast(1 as DECIMAL(38,10))
 as "lead_to_mql_rate", 
    
    cast(0.39 as DECIMAL(38,10))
 as "mql_to_sql_rate", cast(null as DECIMAL(38,10)) as "sql_to_opportunity_rate", cast(null as DECIMAL(38,10)) as "opportunity_to_won_rate", cast(null as DECIMAL(38,10)) as "lead_to_won_rate"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(0 as BIGINT)
 as "new_leads", 
    
    cast(0 as BIGINT)
 as "mqls", 
    
    cast(39 as BIGINT)
 as "sqls", cast(null as BIGINT) as "opportunities", cast(null as BIGINT) as "wins", 
    
    cast(0 as BIGINT)
 as "leads_cohort_mqls", 
    
    cast(0 as BIGINT)
 as "leads_cohort_sqls", cast(null as BIGINT) as "leads_cohort_opportunities", cast(null as BIGINT) as "leads_cohort_wins", 
    
    cast(0 as BIGINT)
 as "mqls_cohort_sqls", cast(null as BIGINT) as "sqls_cohort_opportunities", cast(null as BIGINT) as "opportunities_cohort_wins", cast(null as DECIMAL(38,10)) as "lead_to_mql_rate", cast(null as DECIMAL(38,10)) as "mql_to_sql_rate", cast(null as DECIMAL(38,10)) as "sql_to_opportunity_rate", cast(null as DECIMAL(38,10)) as "opportunity_to_won_rate", cast(null as DECIMAL(38,10)) as "lead_to_won_rate"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(1 as BIGINT)
 as "new_leads", 
    
    cast(0 as BIGINT)
 as "mqls", 
    
    cast(0 as BIGINT)
 as "sqls", cast(null as BIGINT) as "opportunities", cast(null as BIGINT) as "wins", 
    
    cast(0 as BIGINT)
 as "leads_cohort_mqls", 
    
    cast(0 as BIGINT)
 as "leads_cohort_sqls", cast(null as BIGINT) as "leads_cohort_opportunities", cast(null as BIGINT) as "leads_cohort_wins", 
    
    cast(0 as BIGINT)
 as "mqls_cohort_sqls", cast(null as BIGINT) as "sqls_cohort_opportunities", cast(null as BIGINT) as "opportunities_cohort_wins", 
    
    cast(0 as DECIMAL(38,10))
 as "lead_to_mql_rate", cast(null as DECIMAL(38,10)) as "mql_to_sql_rate", cast(null as DECIMAL(38,10)) as "sql_to_opportunity_rate", cast(null as DECIMAL(38,10)) as "opportunity_to_won_rate", cast(null as DECIMAL(38,10)) as "lead_to_won_rate"
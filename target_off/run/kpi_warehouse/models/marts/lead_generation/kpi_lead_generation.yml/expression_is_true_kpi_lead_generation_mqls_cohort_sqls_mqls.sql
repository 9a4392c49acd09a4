
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_lead_generation"
where
    not (mqls_cohort_sqls <= mqls)

  
  
      
    ) dbt_internal_test
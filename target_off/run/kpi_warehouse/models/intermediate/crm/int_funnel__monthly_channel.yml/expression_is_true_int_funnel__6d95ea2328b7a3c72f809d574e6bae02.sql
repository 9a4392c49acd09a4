
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."main"."int_funnel__monthly_channel"
where
    not (mqls_cohort_sqls <= mqls)

  
  
      
    ) dbt_internal_test
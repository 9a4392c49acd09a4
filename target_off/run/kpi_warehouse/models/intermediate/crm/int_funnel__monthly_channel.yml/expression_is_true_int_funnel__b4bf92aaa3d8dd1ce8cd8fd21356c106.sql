
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."main"."int_funnel__monthly_channel"
where
    not (leads_cohort_wins <= leads_cohort_opportunities)

  
  
      
    ) dbt_internal_test
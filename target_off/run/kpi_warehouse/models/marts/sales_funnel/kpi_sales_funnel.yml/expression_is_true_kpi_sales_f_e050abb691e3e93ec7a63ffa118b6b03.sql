
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_sales_funnel"
where
    not (deals_created_cohort_quoted <= deals_created)

  
  
      
    ) dbt_internal_test
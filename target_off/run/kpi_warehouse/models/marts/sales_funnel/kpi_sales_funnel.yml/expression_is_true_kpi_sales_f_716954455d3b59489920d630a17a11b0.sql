
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_sales_funnel"
where
    not (leads_cohort_sqls <= leads_cohort_mqls)

  
  
      
    ) dbt_internal_test
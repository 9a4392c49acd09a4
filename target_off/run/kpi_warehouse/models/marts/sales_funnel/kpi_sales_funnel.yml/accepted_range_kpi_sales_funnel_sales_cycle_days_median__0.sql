
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select sales_cycle_days_median as offending_value
from "off"."marts"."kpi_sales_funnel"
where sales_cycle_days_median < 0

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select win_rate as offending_value
from "off"."marts"."kpi_sales_funnel"
where win_rate < 0 or win_rate > 1

  
  
      
    ) dbt_internal_test
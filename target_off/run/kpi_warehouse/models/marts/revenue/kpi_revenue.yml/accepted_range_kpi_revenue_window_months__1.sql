
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select window_months as offending_value
from "off"."marts"."kpi_revenue"
where window_months < 1

  
  
      
    ) dbt_internal_test
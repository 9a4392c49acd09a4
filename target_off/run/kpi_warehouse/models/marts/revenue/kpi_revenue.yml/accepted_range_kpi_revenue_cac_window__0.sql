
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select cac_window as offending_value
from "off"."marts"."kpi_revenue"
where cac_window < 0

  
  
      
    ) dbt_internal_test
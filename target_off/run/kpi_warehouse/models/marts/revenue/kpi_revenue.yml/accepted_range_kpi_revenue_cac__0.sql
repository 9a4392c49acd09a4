
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select cac as offending_value
from "off"."marts"."kpi_revenue"
where cac < 0

  
  
      
    ) dbt_internal_test
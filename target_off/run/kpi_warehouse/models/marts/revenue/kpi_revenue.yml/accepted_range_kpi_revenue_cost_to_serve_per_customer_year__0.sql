
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select cost_to_serve_per_customer_year as offending_value
from "off"."marts"."kpi_revenue"
where cost_to_serve_per_customer_year < 0

  
  
      
    ) dbt_internal_test
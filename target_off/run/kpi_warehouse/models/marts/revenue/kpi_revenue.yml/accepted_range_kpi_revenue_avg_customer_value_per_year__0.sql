
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select avg_customer_value_per_year as offending_value
from "off"."marts"."kpi_revenue"
where avg_customer_value_per_year < 0

  
  
      
    ) dbt_internal_test
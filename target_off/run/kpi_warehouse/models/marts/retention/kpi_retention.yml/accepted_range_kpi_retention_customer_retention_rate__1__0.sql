
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select customer_retention_rate as offending_value
from "off"."marts"."kpi_retention"
where customer_retention_rate < 0 or customer_retention_rate > 1

  
  
      
    ) dbt_internal_test
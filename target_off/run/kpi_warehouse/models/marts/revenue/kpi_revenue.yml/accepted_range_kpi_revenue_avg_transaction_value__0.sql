
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select avg_transaction_value as offending_value
from "off"."marts"."kpi_revenue"
where avg_transaction_value < 0

  
  
      
    ) dbt_internal_test
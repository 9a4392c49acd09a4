
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_retention"
where
    not (abs(customer_retention_rate + churn_rate - 1) <= 1e-09) and (customers_at_start > 0)

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_retention"
where
    not (customers_at_end = customers_at_start - customers_lost + new_customers + reactivated_customers)

  
  
      
    ) dbt_internal_test
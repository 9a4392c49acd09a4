
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_retention"
where
    not (customers_retained + customers_lost = customers_at_start)

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."main"."int_customers__monthly_segments"
where
    not (customers_at_start = customers_retained + customers_lost)

  
  
      
    ) dbt_internal_test
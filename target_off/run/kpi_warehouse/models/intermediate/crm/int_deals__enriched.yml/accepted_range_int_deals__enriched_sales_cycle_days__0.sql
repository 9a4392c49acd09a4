
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select sales_cycle_days as offending_value
from "off"."main"."int_deals__enriched"
where sales_cycle_days < 0

  
  
      
    ) dbt_internal_test
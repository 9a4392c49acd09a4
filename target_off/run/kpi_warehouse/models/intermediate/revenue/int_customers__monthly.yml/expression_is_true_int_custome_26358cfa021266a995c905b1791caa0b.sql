
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."main"."int_customers__monthly"
where
    not (not (is_new and is_reactivated))

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."main"."int_customers__monthly"
where
    not (mrr_amount = 0) and (not is_customer_at_end)

  
  
      
    ) dbt_internal_test
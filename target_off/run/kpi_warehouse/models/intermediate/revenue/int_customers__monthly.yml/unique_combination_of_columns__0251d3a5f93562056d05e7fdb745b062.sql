
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    customer_id, period_start,
    count(*) as rows_with_this_key
from "off"."main"."int_customers__monthly"
group by customer_id, period_start
having count(*) > 1

  
  
      
    ) dbt_internal_test
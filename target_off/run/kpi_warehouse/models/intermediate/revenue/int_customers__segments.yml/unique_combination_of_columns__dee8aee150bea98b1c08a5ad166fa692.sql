
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    customer_id, segment_type,
    count(*) as rows_with_this_key
from "off"."main"."int_customers__segments"
group by customer_id, segment_type
having count(*) > 1

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select touch_id
from "off"."main"."int_touchpoints"
where touch_id is null



  
  
      
    ) dbt_internal_test
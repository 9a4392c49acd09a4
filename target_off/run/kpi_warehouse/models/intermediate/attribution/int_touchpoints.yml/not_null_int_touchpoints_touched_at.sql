
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select touched_at
from "off"."main"."int_touchpoints"
where touched_at is null



  
  
      
    ) dbt_internal_test
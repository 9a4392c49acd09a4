
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select credit_share
from "off"."main"."int_attribution__credits"
where credit_share is null



  
  
      
    ) dbt_internal_test
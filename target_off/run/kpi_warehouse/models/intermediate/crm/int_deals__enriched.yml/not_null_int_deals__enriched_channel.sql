
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select channel
from "off"."main"."int_deals__enriched"
where channel is null



  
  
      
    ) dbt_internal_test
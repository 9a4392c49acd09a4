
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select cost_amount
from "off"."main"."stg_events__events"
where cost_amount is null



  
  
      
    ) dbt_internal_test
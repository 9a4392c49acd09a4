
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select next_period_start
from "off"."main"."int_calendar__months"
where next_period_start is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select calendar_date
from "off"."main"."int_calendar__days"
where calendar_date is null



  
  
      
    ) dbt_internal_test
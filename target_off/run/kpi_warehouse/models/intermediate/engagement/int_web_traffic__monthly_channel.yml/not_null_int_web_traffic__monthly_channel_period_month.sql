
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select period_month
from "off"."main"."int_web_traffic__monthly_channel"
where period_month is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select opportunity_at
from "off"."main"."int_deals__stage_dates"
where opportunity_at is null



  
  
      
    ) dbt_internal_test
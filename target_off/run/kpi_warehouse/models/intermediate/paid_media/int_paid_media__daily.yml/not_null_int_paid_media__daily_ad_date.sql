
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select ad_date
from "off"."main"."int_paid_media__daily"
where ad_date is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select _reject_reason
from "off"."main"."quarantine_linkedin_ads"
where _reject_reason is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select spend_amount
from "off"."main"."stg_linkedin_ads__campaign_report"
where spend_amount is null



  
  
      
    ) dbt_internal_test
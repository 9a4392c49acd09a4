
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select period_start
from "off"."main"."stg_linkedin_ads__campaign_report"
where period_start is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select period_end
from "off"."main"."stg_google_ads__campaign_report"
where period_end is null



  
  
      
    ) dbt_internal_test
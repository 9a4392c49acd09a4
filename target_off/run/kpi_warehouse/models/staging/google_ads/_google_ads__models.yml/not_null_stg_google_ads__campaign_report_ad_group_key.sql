
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select ad_group_key
from "off"."main"."stg_google_ads__campaign_report"
where ad_group_key is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select clicks as offending_value
from "off"."main"."stg_linkedin_ads__campaign_report"
where clicks < 0

  
  
      
    ) dbt_internal_test
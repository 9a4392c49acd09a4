
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select spend_amount as offending_value
from "off"."main"."stg_google_ads__campaign_report"
where spend_amount < 0

  
  
      
    ) dbt_internal_test
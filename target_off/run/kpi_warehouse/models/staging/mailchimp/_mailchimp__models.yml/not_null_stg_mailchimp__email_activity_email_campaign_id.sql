
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select email_campaign_id
from "off"."main"."stg_mailchimp__email_activity"
where email_campaign_id is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select activity_at
from "off"."main"."stg_mailchimp__email_activity"
where activity_at is null



  
  
      
    ) dbt_internal_test
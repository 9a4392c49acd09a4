
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select campaign_member_id
from "off"."main"."stg_salesforce__campaign_members"
where campaign_member_id is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select member_key
from "off"."main"."stg_salesforce__campaign_members"
where member_key is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_responded
from "off"."main"."stg_salesforce__campaign_members"
where is_responded is null



  
  
      
    ) dbt_internal_test
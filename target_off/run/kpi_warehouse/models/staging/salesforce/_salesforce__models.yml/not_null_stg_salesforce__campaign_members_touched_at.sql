
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select touched_at
from "off"."main"."stg_salesforce__campaign_members"
where touched_at is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select salesforce_contact_id
from "off"."main"."stg_salesforce__lead_conversions"
where salesforce_contact_id is null



  
  
      
    ) dbt_internal_test
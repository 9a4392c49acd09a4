
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select surviving_contact_id
from "off"."main"."stg_hubspot__contact_merges"
where surviving_contact_id is null



  
  
      
    ) dbt_internal_test
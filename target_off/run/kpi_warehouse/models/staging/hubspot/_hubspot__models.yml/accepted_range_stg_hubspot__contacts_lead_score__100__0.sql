
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select lead_score as offending_value
from "off"."main"."stg_hubspot__contacts"
where lead_score < 0 or lead_score > 100

  
  
      
    ) dbt_internal_test
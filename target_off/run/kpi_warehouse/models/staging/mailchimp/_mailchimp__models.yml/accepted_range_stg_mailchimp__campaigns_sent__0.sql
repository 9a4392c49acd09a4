
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select sent as offending_value
from "off"."main"."stg_mailchimp__campaigns"
where sent < 0

  
  
      
    ) dbt_internal_test
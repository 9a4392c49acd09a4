
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select score as offending_value
from "off"."main"."stg_surveys__nps_responses"
where score < 0 or score > 10

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select score as offending_value
from "off"."main"."stg_surveys__csat_responses"
where score < 1 or score > 5

  
  
      
    ) dbt_internal_test
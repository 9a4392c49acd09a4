
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select impressions as offending_value
from "off"."main"."stg_social__linkedin_page"
where impressions < 0

  
  
      
    ) dbt_internal_test
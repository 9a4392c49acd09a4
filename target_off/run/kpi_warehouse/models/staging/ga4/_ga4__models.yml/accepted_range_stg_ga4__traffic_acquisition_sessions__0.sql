
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select sessions as offending_value
from "off"."main"."stg_ga4__traffic_acquisition"
where sessions < 0

  
  
      
    ) dbt_internal_test
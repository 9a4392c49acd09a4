
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select bounce_rate as offending_value
from "off"."marts"."kpi_engagement"
where bounce_rate < 0 or bounce_rate > 1

  
  
      
    ) dbt_internal_test
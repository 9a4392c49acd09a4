
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select email_bounce_rate as offending_value
from "off"."marts"."kpi_engagement"
where email_bounce_rate < 0 or email_bounce_rate > 1

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select email_click_rate as offending_value
from "off"."marts"."kpi_engagement"
where email_click_rate < 0 or email_click_rate > 1

  
  
      
    ) dbt_internal_test
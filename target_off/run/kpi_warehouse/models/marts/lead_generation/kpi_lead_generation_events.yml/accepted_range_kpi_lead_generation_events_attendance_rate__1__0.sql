
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select attendance_rate as offending_value
from "off"."marts"."kpi_lead_generation_events"
where attendance_rate < 0 or attendance_rate > 1

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select target_attendee_rate as offending_value
from "off"."marts"."kpi_lead_generation_events"
where target_attendee_rate < 0 or target_attendee_rate > 1

  
  
      
    ) dbt_internal_test
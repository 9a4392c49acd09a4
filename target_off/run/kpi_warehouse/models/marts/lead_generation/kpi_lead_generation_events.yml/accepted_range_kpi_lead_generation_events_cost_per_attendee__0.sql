
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select cost_per_attendee as offending_value
from "off"."marts"."kpi_lead_generation_events"
where cost_per_attendee < 0

  
  
      
    ) dbt_internal_test

    
    



select event_id
from "off"."marts"."kpi_lead_generation_events"
where event_id is null



select *
from "off"."marts"."kpi_lead_generation_events"
where
    not (target_attendees <= attendees)

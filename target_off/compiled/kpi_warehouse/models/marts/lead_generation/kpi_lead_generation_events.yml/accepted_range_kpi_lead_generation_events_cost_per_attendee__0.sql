select cost_per_attendee as offending_value
from "off"."marts"."kpi_lead_generation_events"
where cost_per_attendee < 0

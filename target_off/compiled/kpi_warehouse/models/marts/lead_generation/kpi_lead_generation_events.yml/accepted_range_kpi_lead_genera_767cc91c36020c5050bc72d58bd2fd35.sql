select target_attendee_rate as offending_value
from "off"."marts"."kpi_lead_generation_events"
where target_attendee_rate < 0 or target_attendee_rate > 1

select attendance_rate as offending_value
from "off"."marts"."kpi_lead_generation_events"
where attendance_rate < 0 or attendance_rate > 1

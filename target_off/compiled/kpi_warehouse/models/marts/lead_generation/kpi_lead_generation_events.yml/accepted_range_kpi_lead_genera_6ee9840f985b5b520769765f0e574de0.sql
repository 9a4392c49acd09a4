select event_cost_per_lead as offending_value
from "off"."marts"."kpi_lead_generation_events"
where event_cost_per_lead < 0

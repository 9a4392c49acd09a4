select cost_per_lead as offending_value
from "off"."marts"."kpi_lead_generation"
where cost_per_lead < 0

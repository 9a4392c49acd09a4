select cost_per_sql as offending_value
from "off"."marts"."kpi_lead_generation"
where cost_per_sql < 0

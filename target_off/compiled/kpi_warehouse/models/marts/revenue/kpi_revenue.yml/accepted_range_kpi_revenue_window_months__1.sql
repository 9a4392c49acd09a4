select window_months as offending_value
from "off"."marts"."kpi_revenue"
where window_months < 1

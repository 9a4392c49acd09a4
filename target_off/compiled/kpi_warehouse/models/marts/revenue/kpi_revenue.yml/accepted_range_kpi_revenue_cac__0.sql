select cac as offending_value
from "off"."marts"."kpi_revenue"
where cac < 0

select cac_window as offending_value
from "off"."marts"."kpi_revenue"
where cac_window < 0

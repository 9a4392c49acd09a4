select lead_to_mql_rate as offending_value
from "off"."marts"."kpi_sales_funnel"
where lead_to_mql_rate < 0 or lead_to_mql_rate > 1

select win_rate as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where win_rate < 0 or win_rate > 1

select sales_cycle_days_mean as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where sales_cycle_days_mean < 0

select won_amount as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where won_amount < 0

select sql_to_opportunity_rate as offending_value
from "off"."marts"."kpi_sales_funnel"
where sql_to_opportunity_rate < 0 or sql_to_opportunity_rate > 1

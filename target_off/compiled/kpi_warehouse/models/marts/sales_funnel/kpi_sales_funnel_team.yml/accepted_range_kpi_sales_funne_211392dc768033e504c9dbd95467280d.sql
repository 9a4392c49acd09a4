select deals_created_won_rate as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where deals_created_won_rate < 0 or deals_created_won_rate > 1

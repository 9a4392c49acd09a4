select opportunity_to_won_rate as offending_value
from "off"."marts"."kpi_sales_funnel"
where opportunity_to_won_rate < 0 or opportunity_to_won_rate > 1

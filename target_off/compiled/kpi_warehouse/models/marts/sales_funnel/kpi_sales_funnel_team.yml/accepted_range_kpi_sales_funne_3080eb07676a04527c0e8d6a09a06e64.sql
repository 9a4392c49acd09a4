select opportunity_to_quote_rate as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where opportunity_to_quote_rate < 0 or opportunity_to_quote_rate > 1

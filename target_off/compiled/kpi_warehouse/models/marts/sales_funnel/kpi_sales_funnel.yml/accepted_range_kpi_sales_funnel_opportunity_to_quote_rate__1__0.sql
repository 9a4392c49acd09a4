select opportunity_to_quote_rate as offending_value
from "off"."marts"."kpi_sales_funnel"
where opportunity_to_quote_rate < 0 or opportunity_to_quote_rate > 1

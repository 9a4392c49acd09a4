select open_pipeline_amount as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where open_pipeline_amount < 0

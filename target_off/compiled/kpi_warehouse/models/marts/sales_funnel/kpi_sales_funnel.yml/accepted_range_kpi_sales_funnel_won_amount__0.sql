select won_amount as offending_value
from "off"."marts"."kpi_sales_funnel"
where won_amount < 0

select *
from "off"."marts"."kpi_sales_funnel"
where
    not (deals_won <= deals_closed)

select *
from "off"."marts"."kpi_sales_funnel_team"
where
    not (deals_won <= deals_closed)

select *
from "off"."marts"."kpi_sales_funnel_team"
where
    not (won_deals_with_cycle <= deals_won)

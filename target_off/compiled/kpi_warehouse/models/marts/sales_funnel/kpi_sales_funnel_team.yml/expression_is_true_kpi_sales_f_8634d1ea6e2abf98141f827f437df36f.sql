select *
from "off"."marts"."kpi_sales_funnel_team"
where
    not (sales_cycle_days_median is null) and (won_deals_with_cycle = 0)

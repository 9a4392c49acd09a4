select *
from "off"."marts"."kpi_sales_funnel"
where
    not (leads_cohort_wins <= leads_cohort_opportunities)

select *
from "off"."marts"."kpi_sales_funnel_team"
where
    not (deals_created_cohort_quoted <= deals_created)

select *
from "off"."marts"."kpi_sales_funnel"
where
    not (deals_created_cohort_quoted <= deals_created)

select *
from "off"."marts"."kpi_sales_funnel"
where
    not (opportunities_cohort_wins <= opportunities)

select *
from "off"."marts"."kpi_sales_funnel"
where
    not (sqls_cohort_opportunities <= sqls)

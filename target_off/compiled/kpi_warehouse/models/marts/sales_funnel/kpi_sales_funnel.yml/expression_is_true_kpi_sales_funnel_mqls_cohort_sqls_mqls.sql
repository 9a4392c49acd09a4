select *
from "off"."marts"."kpi_sales_funnel"
where
    not (mqls_cohort_sqls <= mqls)

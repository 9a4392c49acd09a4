select *
from "off"."marts"."kpi_sales_funnel"
where
    not (leads_cohort_opportunities <= leads_cohort_sqls)

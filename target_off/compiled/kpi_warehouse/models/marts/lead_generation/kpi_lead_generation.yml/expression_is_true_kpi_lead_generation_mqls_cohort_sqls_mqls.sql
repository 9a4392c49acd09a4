select *
from "off"."marts"."kpi_lead_generation"
where
    not (mqls_cohort_sqls <= mqls)

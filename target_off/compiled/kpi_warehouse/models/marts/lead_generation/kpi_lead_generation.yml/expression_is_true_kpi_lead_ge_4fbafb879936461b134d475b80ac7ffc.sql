select *
from "off"."marts"."kpi_lead_generation"
where
    not (leads_cohort_sqls <= leads_cohort_mqls)

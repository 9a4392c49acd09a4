select *
from "off"."main"."int_funnel__monthly_channel"
where
    not (leads_cohort_sqls <= leads_cohort_mqls)

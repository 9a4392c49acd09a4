select *
from "off"."main"."int_funnel__monthly_channel"
where
    not (mqls_cohort_sqls <= mqls)

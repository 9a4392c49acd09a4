select *
from "off"."main"."int_funnel__monthly_channel"
where
    not (sqls_cohort_opportunities <= sqls)

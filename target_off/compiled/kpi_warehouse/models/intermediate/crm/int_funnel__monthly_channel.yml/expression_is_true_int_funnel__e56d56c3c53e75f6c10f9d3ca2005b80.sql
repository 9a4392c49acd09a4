select *
from "off"."main"."int_funnel__monthly_channel"
where
    not (opportunities_cohort_wins <= opportunities)

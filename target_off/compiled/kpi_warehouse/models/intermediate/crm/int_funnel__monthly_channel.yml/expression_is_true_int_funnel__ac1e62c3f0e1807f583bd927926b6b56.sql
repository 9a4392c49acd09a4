select *
from "off"."main"."int_funnel__monthly_channel"
where
    not (leads_cohort_mqls <= new_leads)

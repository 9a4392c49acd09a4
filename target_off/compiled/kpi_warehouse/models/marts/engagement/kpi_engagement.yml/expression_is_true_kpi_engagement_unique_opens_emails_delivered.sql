select *
from "off"."marts"."kpi_engagement"
where
    not (unique_opens <= emails_delivered)

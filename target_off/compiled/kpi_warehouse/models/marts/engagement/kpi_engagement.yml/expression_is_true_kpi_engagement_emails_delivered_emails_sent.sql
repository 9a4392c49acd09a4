select *
from "off"."marts"."kpi_engagement"
where
    not (emails_delivered <= emails_sent)

select *
from "off"."marts"."kpi_paid_media_monthly"
where
    not (clicks <= impressions)

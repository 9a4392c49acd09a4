select *
from "off"."marts"."kpi_paid_media_daily"
where
    not (clicks <= impressions)

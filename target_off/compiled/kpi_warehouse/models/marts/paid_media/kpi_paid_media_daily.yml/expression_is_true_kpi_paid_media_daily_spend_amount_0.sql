select *
from "off"."marts"."kpi_paid_media_daily"
where
    not (spend_amount >= 0)

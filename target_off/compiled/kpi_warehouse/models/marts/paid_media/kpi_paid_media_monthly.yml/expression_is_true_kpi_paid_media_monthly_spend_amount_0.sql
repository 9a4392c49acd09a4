select *
from "off"."marts"."kpi_paid_media_monthly"
where
    not (spend_amount >= 0)

select ctr as offending_value
from "off"."marts"."kpi_paid_media_daily"
where ctr < 0 or ctr > 1

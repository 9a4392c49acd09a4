select cpm as offending_value
from "off"."marts"."kpi_paid_media_daily"
where cpm < 0

select cpm as offending_value
from "off"."marts"."kpi_paid_media_monthly"
where cpm < 0

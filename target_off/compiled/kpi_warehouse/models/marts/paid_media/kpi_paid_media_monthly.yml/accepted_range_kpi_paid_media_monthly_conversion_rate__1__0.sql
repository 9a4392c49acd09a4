select conversion_rate as offending_value
from "off"."marts"."kpi_paid_media_monthly"
where conversion_rate < 0 or conversion_rate > 1

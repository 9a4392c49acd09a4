select cpc as offending_value
from "off"."marts"."kpi_paid_media_daily"
where cpc < 0

select cpc as offending_value
from "off"."marts"."kpi_paid_media_monthly"
where cpc < 0

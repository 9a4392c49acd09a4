select email_open_rate as offending_value
from "off"."marts"."kpi_engagement"
where email_open_rate < 0 or email_open_rate > 1

select email_bounce_rate as offending_value
from "off"."marts"."kpi_engagement"
where email_bounce_rate < 0 or email_bounce_rate > 1

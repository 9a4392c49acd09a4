select email_unsubscribe_rate as offending_value
from "off"."marts"."kpi_engagement"
where email_unsubscribe_rate < 0 or email_unsubscribe_rate > 1

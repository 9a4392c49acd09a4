select bounce_rate as offending_value
from "off"."marts"."kpi_engagement"
where bounce_rate < 0 or bounce_rate > 1

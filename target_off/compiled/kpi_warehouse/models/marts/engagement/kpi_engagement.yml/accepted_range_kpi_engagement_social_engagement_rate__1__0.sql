select social_engagement_rate as offending_value
from "off"."marts"."kpi_engagement"
where social_engagement_rate < 0 or social_engagement_rate > 1

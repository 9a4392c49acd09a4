select detractor_rate as offending_value
from "off"."marts"."kpi_retention"
where detractor_rate < 0 or detractor_rate > 1

select nps as offending_value
from "off"."marts"."kpi_retention"
where nps < -100 or nps > 100

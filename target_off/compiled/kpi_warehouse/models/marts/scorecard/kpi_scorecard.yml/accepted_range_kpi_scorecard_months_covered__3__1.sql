select months_covered as offending_value
from "off"."marts"."kpi_scorecard"
where months_covered < 1 or months_covered > 3

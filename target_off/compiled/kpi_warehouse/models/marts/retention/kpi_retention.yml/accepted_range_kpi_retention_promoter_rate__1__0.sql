select promoter_rate as offending_value
from "off"."marts"."kpi_retention"
where promoter_rate < 0 or promoter_rate > 1

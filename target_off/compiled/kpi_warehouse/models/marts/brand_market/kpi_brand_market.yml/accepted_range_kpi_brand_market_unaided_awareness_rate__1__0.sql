select unaided_awareness_rate as offending_value
from "off"."marts"."kpi_brand_market"
where unaided_awareness_rate < 0 or unaided_awareness_rate > 1

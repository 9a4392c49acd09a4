select market_share as offending_value
from "off"."marts"."kpi_brand_market"
where market_share < 0 or market_share > 1

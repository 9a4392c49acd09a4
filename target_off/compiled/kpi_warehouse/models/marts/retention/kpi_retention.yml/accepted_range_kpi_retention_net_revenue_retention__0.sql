select net_revenue_retention as offending_value
from "off"."marts"."kpi_retention"
where net_revenue_retention < 0

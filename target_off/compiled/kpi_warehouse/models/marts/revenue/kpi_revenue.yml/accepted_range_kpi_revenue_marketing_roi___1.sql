select marketing_roi as offending_value
from "off"."marts"."kpi_revenue"
where marketing_roi < -1

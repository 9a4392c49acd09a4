select channel_roi as offending_value
from "off"."marts"."kpi_revenue_by_channel"
where channel_roi < -1

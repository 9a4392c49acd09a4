select paid_cost_per_lead as offending_value
from "off"."marts"."kpi_paid_media_monthly"
where paid_cost_per_lead < 0

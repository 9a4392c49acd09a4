select annual_churn_rate as offending_value
from "off"."marts"."kpi_revenue"
where annual_churn_rate < 0

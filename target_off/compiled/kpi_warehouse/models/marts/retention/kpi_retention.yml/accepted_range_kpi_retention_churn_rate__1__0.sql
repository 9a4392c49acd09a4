select churn_rate as offending_value
from "off"."marts"."kpi_retention"
where churn_rate < 0 or churn_rate > 1

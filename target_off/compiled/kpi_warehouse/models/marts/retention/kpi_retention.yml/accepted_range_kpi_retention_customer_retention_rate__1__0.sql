select customer_retention_rate as offending_value
from "off"."marts"."kpi_retention"
where customer_retention_rate < 0 or customer_retention_rate > 1

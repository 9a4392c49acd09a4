select transactions_per_customer_year as offending_value
from "off"."marts"."kpi_revenue"
where transactions_per_customer_year < 0

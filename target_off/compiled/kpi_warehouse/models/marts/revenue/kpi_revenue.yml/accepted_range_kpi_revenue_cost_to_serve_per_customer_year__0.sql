select cost_to_serve_per_customer_year as offending_value
from "off"."marts"."kpi_revenue"
where cost_to_serve_per_customer_year < 0

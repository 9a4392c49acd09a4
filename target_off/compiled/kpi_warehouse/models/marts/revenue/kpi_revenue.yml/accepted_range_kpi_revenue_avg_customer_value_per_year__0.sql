select avg_customer_value_per_year as offending_value
from "off"."marts"."kpi_revenue"
where avg_customer_value_per_year < 0

select avg_transaction_value as offending_value
from "off"."marts"."kpi_revenue"
where avg_transaction_value < 0

select *
from "off"."marts"."kpi_retention"
where
    not (abs(customer_retention_rate + churn_rate - 1) <= 1e-09) and (customers_at_start > 0)

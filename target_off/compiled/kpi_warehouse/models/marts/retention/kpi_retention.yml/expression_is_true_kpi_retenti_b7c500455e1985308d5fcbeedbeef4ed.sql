select *
from "off"."marts"."kpi_retention"
where
    not (customers_at_end = customers_at_start - customers_lost + new_customers + reactivated_customers)

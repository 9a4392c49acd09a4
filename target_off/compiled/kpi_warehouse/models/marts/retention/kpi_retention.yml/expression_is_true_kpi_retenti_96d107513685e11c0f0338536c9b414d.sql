select *
from "off"."marts"."kpi_retention"
where
    not (customers_retained + customers_lost = customers_at_start)

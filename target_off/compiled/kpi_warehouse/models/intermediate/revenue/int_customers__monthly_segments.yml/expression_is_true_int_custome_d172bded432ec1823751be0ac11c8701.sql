select *
from "off"."main"."int_customers__monthly_segments"
where
    not (customers_at_start = customers_retained + customers_lost)

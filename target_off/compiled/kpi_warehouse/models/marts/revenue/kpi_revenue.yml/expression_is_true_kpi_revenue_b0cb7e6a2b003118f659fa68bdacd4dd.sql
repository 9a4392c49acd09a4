select *
from "off"."marts"."kpi_revenue"
where
    not (expected_lifetime_years = 5) and (customers_lost_window = 0 and customers_at_start_window > 0)

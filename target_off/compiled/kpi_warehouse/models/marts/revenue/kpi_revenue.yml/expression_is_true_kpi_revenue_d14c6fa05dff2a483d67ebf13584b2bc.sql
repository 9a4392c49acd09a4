select *
from "off"."marts"."kpi_revenue"
where
    not (clv is null) and (expected_lifetime_years is null)

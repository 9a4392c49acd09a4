select expected_lifetime_years as offending_value
from "off"."marts"."kpi_revenue"
where expected_lifetime_years < 0 or expected_lifetime_years > 5

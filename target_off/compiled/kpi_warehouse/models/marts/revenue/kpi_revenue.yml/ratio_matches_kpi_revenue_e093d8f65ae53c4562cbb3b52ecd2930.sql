with recomputed as (
    select
        *,
        cost_to_serve_per_customer_year as actual_value,
        case
            when customers_window * window_months is null or customers_window * window_months = 0 then null
            else cast(cost_to_serve_window_amount * 12 as double precision) * 1 / cast(customers_window * window_months as double precision)
        end as expected_value
    from "off"."marts"."kpi_revenue"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))

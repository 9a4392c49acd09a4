with recomputed as (
    select
        *,
        cac_window as actual_value,
        case
            when new_customers_window is null or new_customers_window = 0 then null
            else cast(acquisition_cost_window_amount as double precision) * 1 / cast(new_customers_window as double precision)
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

with recomputed as (
    select
        *,
        clv_to_cac_ratio as actual_value,
        case
            when cac_window is null or cac_window = 0 then null
            else cast(clv as double precision) * 1 / cast(cac_window as double precision)
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

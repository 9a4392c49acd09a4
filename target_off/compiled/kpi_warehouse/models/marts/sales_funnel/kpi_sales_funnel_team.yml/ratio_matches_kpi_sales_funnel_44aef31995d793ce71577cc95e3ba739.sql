with recomputed as (
    select
        *,
        sales_cycle_days_mean as actual_value,
        case
            when won_deals_with_cycle is null or won_deals_with_cycle = 0 then null
            else cast(sales_cycle_days_total as double precision) * 1 / cast(won_deals_with_cycle as double precision)
        end as expected_value
    from "off"."marts"."kpi_sales_funnel_team"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))

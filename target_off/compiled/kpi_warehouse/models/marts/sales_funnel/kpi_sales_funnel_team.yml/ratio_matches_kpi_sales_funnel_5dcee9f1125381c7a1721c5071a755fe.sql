with recomputed as (
    select
        *,
        deals_created_won_rate as actual_value,
        case
            when deals_created is null or deals_created = 0 then null
            else cast(deals_created_cohort_won as double precision) * 1 / cast(deals_created as double precision)
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

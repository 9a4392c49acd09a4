with recomputed as (
    select
        *,
        sql_to_opportunity_rate as actual_value,
        case
            when sqls is null or sqls = 0 then null
            else cast(sqls_cohort_opportunities as double precision) * 1 / cast(sqls as double precision)
        end as expected_value
    from "off"."main"."int_funnel__monthly_channel"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))

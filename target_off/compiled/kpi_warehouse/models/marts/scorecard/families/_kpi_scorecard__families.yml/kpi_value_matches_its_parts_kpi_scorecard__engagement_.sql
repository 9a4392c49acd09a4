with registry as (
    select * from "off"."main"."kpi_registry"
),

recomputed as (
    select
        kpi_rows.kpi_name,
        kpi_rows.period_grain,
        kpi_rows.period_start,
        kpi_rows.channel,
        registry.mart,
        registry.value_column,
        registry.numerator as numerator_column,
        registry.denominator as denominator_column,
        cast(kpi_rows.kpi_value as double precision) as actual_value,
        case
            when kpi_rows.denominator is null or kpi_rows.denominator = 0 then null
            else cast(kpi_rows.numerator as double precision) * registry.multiplier / cast(kpi_rows.denominator as double precision)
        end as expected_value
    from "off"."marts"."kpi_scorecard__engagement" as kpi_rows
    inner join registry on kpi_rows.kpi_name = registry.kpi_name
    where registry.numerator is not null
)

select
    *,
    abs(actual_value - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(actual_value - expected_value) > 1e-09 * greatest(1, abs(expected_value))

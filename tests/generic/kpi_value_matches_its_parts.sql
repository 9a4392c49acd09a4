{% test kpi_value_matches_its_parts(model) %}
{#- On a long-form KPI model (kpi_scorecard__<family>): every value of a KPI whose registry row
    declares a numerator and a denominator equals numerator ÷ denominator × multiplier recomputed
    from the row's parts (within var('kpi_tolerance')), and is NULL exactly when the denominator is
    0 or NULL. The parts are the mart's own columns, so this checks each mart's ratio columns
    against the parts the registry names: the one place they are declared. Returns the offending
    rows with expected and actual. -#}
with registry as (
    select * from {{ ref('kpi_registry') }}
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
        cast(kpi_rows.kpi_value as {{ type_double() }}) as actual_value,
        case
            when kpi_rows.denominator is null or kpi_rows.denominator = 0 then null
            else cast(kpi_rows.numerator as {{ type_double() }}) * registry.multiplier / cast(kpi_rows.denominator as {{ type_double() }})
        end as expected_value
    from {{ model }} as kpi_rows
    inner join registry on kpi_rows.kpi_name = registry.kpi_name
    where registry.numerator is not null
)

select
    *,
    abs(actual_value - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(actual_value - expected_value) > {{ var('kpi_tolerance') }} * greatest(1, abs(expected_value))
{% endtest %}

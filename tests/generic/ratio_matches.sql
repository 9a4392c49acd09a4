{% test ratio_matches(model, column_name, numerator, denominator, multiplier=1) %}
{#- A stored rate equals numerator / denominator * multiplier recomputed from the stored counts
    (within var('kpi_tolerance')), and is NULL exactly when the denominator is 0 or NULL.
    Returns the offending rows with expected, actual and difference. -#}
with recomputed as (
    select
        *,
        {{ column_name }} as actual_value,
        case
            when {{ denominator }} is null or {{ denominator }} = 0 then null
            else cast({{ numerator }} as {{ type_double() }}) * {{ multiplier }} / cast({{ denominator }} as {{ type_double() }})
        end as expected_value
    from {{ model }}
)

select
    *,
    abs(cast(actual_value as {{ type_double() }}) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as {{ type_double() }}) - expected_value) > {{ var('kpi_tolerance') }} * greatest(1, abs(expected_value))
{% endtest %}

{% test sum_equals(model, column_name, compare_model, compare_expression, where_clause=none) %}
{#- Reconciliation: the total of column_name in this model equals the total of compare_expression
    in compare_model (nothing lost or double counted between layers), within var('kpi_tolerance')
    relative. Returns one row with both totals when they differ. -#}
with this_total as (
    select coalesce(sum(cast({{ column_name }} as {{ type_double() }})), 0) as total from {{ model }}
),

other_total as (
    select coalesce(sum(cast({{ compare_expression }} as {{ type_double() }})), 0) as total
    from {{ compare_model }}
    {%- if where_clause %} where {{ where_clause }}{% endif %}
)

select
    this_total.total as model_total,
    other_total.total as expected_total,
    this_total.total - other_total.total as difference
from this_total
cross join other_total
where abs(this_total.total - other_total.total) > {{ var('kpi_tolerance') }} * greatest(1, abs(other_total.total))
{% endtest %}

{% test expression_is_true(model, expression, where_clause=none) %}
{#- Every row satisfies the SQL expression. Returns the rows that do not. -#}
select *
from {{ model }}
where
    not ({{ expression }})
    {%- if where_clause %} and ({{ where_clause }}){% endif %}
{% endtest %}

{% test unique_combination_of_columns(model, combination_of_columns) %}
{#- The grain: no two rows share the same values of these columns. Returns the duplicated keys. -#}
select
    {{ combination_of_columns | join(', ') }},
    count(*) as rows_with_this_key
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1
{% endtest %}

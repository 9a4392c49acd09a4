{% test accepted_range(model, column_name, min_value=none, max_value=none) %}
{#- Every non-null value lies in [min_value, max_value] (either bound optional). Returns offenders. -#}
select {{ column_name }} as offending_value
from {{ model }}
where
    {%- if min_value is not none %} {{ column_name }} < {{ min_value }}{% endif %}
    {%- if min_value is not none and max_value is not none %} or{% endif %}
    {%- if max_value is not none %} {{ column_name }} > {{ max_value }}{% endif %}
{% endtest %}

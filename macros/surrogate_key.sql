{% macro surrogate_key(columns) -%}
    {#- A readable key: the columns cast to text and joined by '|' (portable through dbt.concat). -#}
    {%- set parts = [] %}
    {%- for col in columns %}
        {%- do parts.append(dbt.cast(col, api.Column.translate_type("varchar"))) %}
        {%- if not loop.last %}{% do parts.append("'|'") %}{% endif %}
    {%- endfor %}
    {{- dbt.concat(parts) }}
{%- endmacro %}

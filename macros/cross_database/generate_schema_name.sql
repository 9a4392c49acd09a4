{% macro generate_schema_name(custom_schema_name, node) -%}
    {#- Where dbt builds each model. On DuckDB every relation stays in the target schema (main),
        where BI tools and the tests read them. On a server (PostgreSQL) the marts get a schema of
        their own, <target schema>_marts, the only one the BI role may use: a BI tool then lists
        the marts and nothing else. A custom schema keeps dbt's default, <target schema>_<custom>. -#}
    {%- if custom_schema_name is not none -%}
        {{ target.schema }}_{{ custom_schema_name | trim }}
    {%- elif target.type != 'duckdb' and node.resource_type == 'model' and node.fqn[1] == 'marts' -%}
        {{ target.schema }}_marts
    {%- else -%}
        {{ target.schema }}
    {%- endif -%}
{%- endmacro %}

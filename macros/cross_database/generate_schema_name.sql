{% macro generate_schema_name(custom_schema_name, node) -%}
    {#- Where dbt builds each model. The marts get a schema of their own, the one a BI tool is
        pointed at: `marts` on DuckDB (the file's other relations stay in its main schema: staging,
        intermediate, quarantine, the run tables), <target schema>_marts on a server (PostgreSQL,
        Spark), the only one the BI role may use. A custom schema keeps dbt's default,
        <target schema>_<custom>. -#}
    {%- if custom_schema_name is not none -%}
        {{ target.schema }}_{{ custom_schema_name | trim }}
    {%- elif node.resource_type == 'model' and node.fqn[1] == 'marts' -%}
        {{ 'marts' if target.type == 'duckdb' else target.schema ~ '_marts' }}
    {%- else -%}
        {{ target.schema }}
    {%- endif -%}
{%- endmacro %}

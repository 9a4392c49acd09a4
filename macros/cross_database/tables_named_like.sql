{% macro tables_named_like(schemas, suffix) -%}
    {#- "schema.table" (lower case) of every table of the given schemas whose name ends with suffix,
        asked of the warehouse itself (a table made by a hook is not in dbt's relation cache).
        Dispatched: Spark has no information schema. -#}
    {{ return(adapter.dispatch('tables_named_like', 'kpi_warehouse')(schemas, suffix)) }}
{%- endmacro %}


{% macro default__tables_named_like(schemas, suffix) -%}
    {#- The information schema (DuckDB, PostgreSQL). -#}
    {%- set found = [] %}
    {%- for row in run_query(
        "select table_schema, table_name from information_schema.tables where table_name like '%"
        ~ suffix ~ "' and table_schema in ('" ~ (schemas | join("', '")) ~ "')"
    ).rows %}
        {%- do found.append((row[0] ~ '.' ~ row[1]) | lower) %}
    {%- endfor %}
    {{ return(found) }}
{%- endmacro %}


{% macro spark__tables_named_like(schemas, suffix) -%}
    {#- Spark: show tables in each schema. -#}
    {%- set found = [] %}
    {%- for schema in schemas %}
        {%- for row in run_query("show tables in " ~ schema ~ " like '*" ~ suffix ~ "'").rows %}
            {%- do found.append((schema ~ '.' ~ row[1]) | lower) %}
        {%- endfor %}
    {%- endfor %}
    {{ return(found) }}
{%- endmacro %}

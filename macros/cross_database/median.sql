{% macro median(expression) -%}
    {#- Median of a numeric expression as an ordered-set aggregate (DuckDB, Postgres, Snowflake);
        Spark has no percentile_cont ... within group, so it gets percentile(). -#}
    {{ return(adapter.dispatch('median', 'kpi_warehouse')(expression)) }}
{%- endmacro %}


{% macro default__median(expression) -%}
    {#- percentile_cont(0.5) within group: DuckDB, Postgres, Snowflake. -#}
    percentile_cont(0.5) within group (order by {{ expression }})
{%- endmacro %}


{% macro spark__median(expression) -%}
    {#- Spark's percentile(expression, 0.5). -#}
    percentile({{ expression }}, 0.5)
{%- endmacro %}

{% macro type_double() -%}
    {#- The 8-byte floating-point type: `double precision` (DuckDB, PostgreSQL, Snowflake), Spark's
        `double`. Not dbt.type_float(): its `float` is a 4-byte real on DuckDB. -#}
    {{ return(adapter.dispatch('type_double', 'kpi_warehouse')()) }}
{%- endmacro %}


{% macro default__type_double() -%}
    double precision
{%- endmacro %}


{% macro spark__type_double() -%}
    double
{%- endmacro %}

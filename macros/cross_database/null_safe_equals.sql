{% macro null_safe_equals(left, right) -%}
    {#- left = right where NULL equals NULL (dispatched: `is not distinct from`, Spark `<=>`). -#}
    {{ return(adapter.dispatch('null_safe_equals', 'kpi_warehouse')(left, right)) }}
{%- endmacro %}


{% macro default__null_safe_equals(left, right) -%}
    {#- `is not distinct from` (DuckDB, Postgres, Snowflake). -#}
    ({{ left }} is not distinct from {{ right }})
{%- endmacro %}


{% macro spark__null_safe_equals(left, right) -%}
    {#- Spark's null-safe equality operator `<=>`. -#}
    ({{ left }} <=> {{ right }})
{%- endmacro %}

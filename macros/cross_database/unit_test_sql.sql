{% macro postgres__get_unit_test_sql(main_sql, expected_fixture_sql, expected_column_names) -%}
    {#- dbt's unit-test query (actual rows union all expected rows) with every numeric column passed
        through trim_scale(). PostgreSQL keeps a numeric's scale through the union, so an expected
        0.4 and an actual 0.4000000000 (our ratio macro's fixed decimal) would differ as text in
        dbt's diff though they are equal numbers; DuckDB unions decimals to one scale. -#}
    {%- set numeric_columns = [] %}
    {%- for column in get_column_schema_from_query(main_sql) %}
        {%- if column.dtype | lower in ('numeric', 'decimal') or (column.dtype | lower).startswith('numeric') %}
            {%- do numeric_columns.append(column.name | lower) %}
        {%- endif %}
    {%- endfor %}
    with dbt_internal_unit_test_rows as (
        {{ default__get_unit_test_sql(main_sql, expected_fixture_sql, expected_column_names) }}
    )
    select
        {%- for quoted in expected_column_names %}
        {%- set name = quoted | replace('"', '') | lower %}
        {% if name in numeric_columns %}trim_scale({{ quoted }}) as {{ quoted }}{% else %}{{ quoted }}{% endif %},
        {%- endfor %}
        {{ adapter.quote("actual_or_expected") }}
    from dbt_internal_unit_test_rows
{%- endmacro %}

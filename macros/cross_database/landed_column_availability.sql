{% macro landed_column_availability(path, table_name, column_name) -%}
    {#- The query behind column_available(): files_total and files_with_column of one raw table's
        optional column, from the landing step's _meta/column_availability.csv. Reading a local
        file is adapter-specific (dispatched). -#}
    {{ return(adapter.dispatch('landed_column_availability', 'kpi_warehouse')(path, table_name, column_name)) }}
{%- endmacro %}


{% macro duckdb__landed_column_availability(path, table_name, column_name) -%}
    {#- DuckDB reads the CSV file the landing step wrote (a quote in its path doubled: data, never SQL);
        with raw tables (raw_tables()), the table beside them, as on other targets. -#}
    {%- if raw_tables() %}{{ return(default__landed_column_availability(path, table_name, column_name)) }}{% endif %}
    select files_total, files_with_column
    from read_csv('{{ path | replace("'", "''") }}', header = true, all_varchar = true)
    where table_name = '{{ table_name }}' and column_name = '{{ column_name }}'
{%- endmacro %}


{% macro default__landed_column_availability(path, table_name, column_name) -%}
    {#- Other adapters (PostgreSQL) cannot read a local file: scripts/load_landed.py copies it into
        the raw schema as landed_column_availability, with the raw tables (a host project that
        installs this one as a package provides it the same way: integration_tests/). -#}
    select cast(files_total as integer) as files_total, cast(files_with_column as integer) as files_with_column
    from {{ api.Relation.create(schema=raw_schema(), identifier='landed_column_availability') }}
    where table_name = '{{ table_name }}' and column_name = '{{ column_name }}'
{%- endmacro %}

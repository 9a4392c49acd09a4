{% macro landed_column_availability(path, table_name, column_name) -%}
    {#- The query behind column_available(): files_total and files_with_column of one raw table's
        optional column, from the landing step's _meta/column_availability.csv. Reading a local
        file is adapter-specific (dispatched). -#}
    {{ return(adapter.dispatch('landed_column_availability')(path, table_name, column_name)) }}
{%- endmacro %}


{% macro duckdb__landed_column_availability(path, table_name, column_name) -%}
    {#- DuckDB reads the CSV file the landing step wrote. -#}
    select files_total, files_with_column
    from read_csv('{{ path }}', header = true, all_varchar = true)
    where table_name = '{{ table_name }}' and column_name = '{{ column_name }}'
{%- endmacro %}


{% macro default__landed_column_availability(path, table_name, column_name) -%}
    {#- Other adapters cannot read a local file: the landing step must load the file into the
        warehouse first (not yet done for any adapter but DuckDB). -#}
    {{ exceptions.raise_compiler_error(
        "column availability: on " ~ target.type ~ " the landing step's " ~ path
        ~ " must be loaded into the warehouse; only DuckDB reads it in place today"
    ) }}
{%- endmacro %}

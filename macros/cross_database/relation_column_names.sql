{% macro relation_column_names(relation) -%}
    {#- Names of the columns of a relation or source, read from the warehouse when the model runs.
        A landed source is a read_parquet() call on DuckDB, which the information schema does not
        know, so the lookup is adapter-specific (dispatched). -#}
    {{ return(adapter.dispatch('relation_column_names', 'kpi_warehouse')(relation)) }}
{%- endmacro %}


{% macro duckdb__relation_column_names(relation) -%}
    {#- DuckDB describes any select, read_parquet() sources included. -#}
    {%- set described = run_query("describe select * from " ~ relation) %}
    {{- return(described.columns[0].values() | list) }}
{%- endmacro %}


{% macro default__relation_column_names(relation) -%}
    {#- Other adapters: the relation's columns from the information schema. -#}
    {{- return(adapter.get_columns_in_relation(relation) | map(attribute='name') | list) }}
{%- endmacro %}

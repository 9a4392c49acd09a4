{% macro raw_tables() -%}
    {#- Whether the sources are tables (var kpi_warehouse__raw_tables, or any target but DuckDB)
        rather than the landing step's Parquet files, which DuckDB reads in place. Tables: what
        scripts/load_landed.py writes on PostgreSQL and Spark, or what a host project that installs
        this one as a package has (integration_tests/). -#}
    {{ return(var('kpi_warehouse__raw_tables', false) or target.type != 'duckdb') }}
{%- endmacro %}


{% macro raw_schema() -%}
    {#- The schema of the raw tables: var kpi_warehouse__raw_schema, else KPI_RAW_SCHEMA, else raw.
        A source's own <source>_schema var wins over it (the sources YAML). -#}
    {{ return(var('kpi_warehouse__raw_schema', env_var('KPI_RAW_SCHEMA', 'raw'))) }}
{%- endmacro %}

{% macro duckdb__apply_grants(relation, grant_config, should_revoke=True) -%}
    {#- DuckDB has no roles: the marts' grants (dbt_project.yml) are for PostgreSQL, and on the
        default DuckDB target they are skipped without dbt-duckdb's warning on every build. -#}
{%- endmacro %}


{% macro spark__apply_grants(relation, grant_config, should_revoke=True) -%}
    {#- A local Spark has no roles either; on Databricks, grant with Unity Catalog (README "Spark"). -#}
{%- endmacro %}


{% macro grant_marts_schema_usage() -%}
    {#- on-run-end: the BI role's usage of the marts schema (dbt's grants give select on each mart
        table; a schema needs its own grant). PostgreSQL only (no roles on DuckDB or a local Spark),
        and only when this project is the one being run: a host project that installs it as a
        package has its own schemas and roles. -#}
    {%- if target.type == 'postgres' and project_name == 'kpi_warehouse' %}
    grant usage on schema {{ target.schema }}_marts to {{ env_var('KPI_PG_BI_ROLE', 'kpi_bi_reader') }}
    {%- endif %}
{%- endmacro %}

{#- Which columns a landed table has: a vendor export may leave a column out, and the models
    read NULL (never 0) for a measure that was not exported. -#}


{% macro columns_matching(relation, pattern) -%}
    {#- Names of the columns of relation whose name matches a SQL LIKE pattern (case-insensitive).
        Empty at parse time. -#}
    {%- set found = [] %}
    {%- if execute %}
        {%- set pieces = [] %}
        {%- for piece in (pattern | lower).split('%') %}{% do pieces.append(modules.re.escape(piece)) %}{% endfor %}
        {%- set like = pieces | join('.*') %}
        {%- for name in relation_column_names(relation) %}
            {%- if modules.re.fullmatch(like, name | lower) %}
                {%- do found.append(name) %}
            {%- endif %}
        {%- endfor %}
    {%- endif %}
    {{- return(found) }}
{%- endmacro %}


{% macro column_available(table_name, column_name) -%}
    {#- Whether every landed export of raw table table_name ('hubspot/contacts') has the optional
        column column_name (a canonical name of landing/rulebook.py). Read when the model
        runs from <KPI_LANDING_DIR>/_meta/column_availability.csv, which the landing step writes.
        A table with no export at all counts as available (its KPIs come from no rows). True while
        parsing, and with var assume_columns_available (unit tests of the formulas). -#}
    {%- if not execute or var('assume_columns_available', false) %}{{ return(true) }}{% endif %}
    {%- set path = env_var('KPI_LANDING_DIR', 'warehouse/landing') ~ '/_meta/column_availability.csv' %}
    {%- set result = run_query(landed_column_availability(path, table_name, column_name)) %}
    {%- if result.rows | length == 0 %}{{ return(true) }}{% endif %}
    {%- set total = result.rows[0][0] | int %}
    {%- set have = result.rows[0][1] | int %}
    {{ return(total == 0 or have == total) }}
{%- endmacro %}


{% macro if_columns_available(expression, table_name, column_names, null_type='bigint') -%}
    {#- expression when every column of column_names is in all landed exports of table_name, else
        a typed NULL: a KPI whose input column the user's export lacks is NULL, never 0, and the
        validation report names the column that would enable it. -#}
    {%- set ns = namespace(ok=true) %}
    {%- for name in column_names %}
        {%- if not column_available(table_name, name) %}{% set ns.ok = false %}{% endif %}
    {%- endfor %}
    {%- if ns.ok -%}
        {{ expression }}
    {%- else -%}
        cast(null as {{ api.Column.translate_type(null_type) }})
    {%- endif -%}
{%- endmacro %}

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


{% macro column_exported(column_name, relation_alias=none) -%}
    {#- Whether the export file a landed row came from has the canonical column column_name (a name
        of landing/rulebook.py): the landing step writes each file's columns as lineage
        _columns_present (',a,b,'). Staging carries it as a flag beside the measure, so that a KPI
        whose column an export lacks is NULL, never 0 (int_measures__exported). -#}
    ({{ relation_alias ~ '.' if relation_alias }}_columns_present like '%,{{ column_name }},%')
{%- endmacro %}

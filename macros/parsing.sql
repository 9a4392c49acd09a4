{#- Vendor text is parsed once, by the landing step (scripts/export_layouts.py, the rule book), so
    dbt models read typed columns. What stays here: the PII hash, the column lookup the base
    models use, and the lifecycle-stage business rule. -#}

{% macro hash_pii(col) -%}
    {#- one-way hash of a normalised e-mail or name; the clear value never leaves staging -#}
    {{ dbt.hash("lower(trim(" ~ col ~ "))") }}
{%- endmacro %}


{% macro columns_matching(relation, pattern) -%}
    {#- Names of the columns of relation whose name matches a SQL LIKE pattern (case-insensitive).
        Empty at parse time. -#}
    {%- set found = [] %}
    {%- if execute %}
        {%- set described = run_query("describe select * from " ~ relation) %}
        {%- set pieces = [] %}
        {%- for piece in (pattern | lower).split('%') %}{% do pieces.append(modules.re.escape(piece)) %}{% endfor %}
        {%- set like = pieces | join('.*') %}
        {%- for name in described.columns[0].values() %}
            {%- if modules.re.fullmatch(like, name | lower) %}
                {%- do found.append(name) %}
            {%- endif %}
        {%- endfor %}
    {%- endif %}
    {{- return(found) }}
{%- endmacro %}


{% macro hubspot_lifecycle_stage(col) -%}
    {#- HubSpot writes lifecycle stage LABELS by default and internal values on request; both map
        to the internal value. Business rule: this is the only place lifecycle stages are named. -#}
    case lower(replace(trim({{ col }}), ' ', ''))
        when 'subscriber' then 'subscriber'
        when 'lead' then 'lead'
        -- "Marketing Qualified Lead" / marketingqualifiedlead
        when 'marketingqualifiedlead' then 'marketingqualifiedlead'
        -- "Sales Qualified Lead" / salesqualifiedlead
        when 'salesqualifiedlead' then 'salesqualifiedlead'
        when 'opportunity' then 'opportunity'
        when 'customer' then 'customer'
        when 'evangelist' then 'evangelist'
        when 'other' then 'other'
    end
{%- endmacro %}

{#- Parsing of vendor text values. Every raw column is read as text (all_varchar) and parsed here,
    so a bad value becomes NULL (then a rejected row with a reason), never a failed load. -#}

{% macro null_token(col) -%}
    case
        when trim({{ col }}) in ('', '--', '-', 'n/a', 'N/A', '(not set)') then null
        else trim({{ col }})
    end
{%- endmacro %}


{% macro parse_number(col) -%}
    {#- strips thousands separators, percent signs, spaces and common currency symbols -#}
    {{ dbt.safe_cast(
        "replace(replace(replace(replace(replace(replace(" ~ null_token(col)
        ~ ", ',', ''), '%', ''), ' ', ''), '$', ''), 'NT', ''), '₫', '')",
        api.Column.translate_type("decimal(38,6)")
    ) }}
{%- endmacro %}


{% macro parse_integer(col) -%}
    {{ dbt.safe_cast(parse_number(col), api.Column.translate_type("bigint")) }}
{%- endmacro %}


{% macro parse_percent(col) -%}
    {#- '2.81%' -> 0.0281: vendor percent strings become fractions -#}
    ({{ parse_number(col) }} / 100)
{%- endmacro %}


{% macro parse_timestamp(col, formats) -%}
    {#- tries each strptime format in turn; NULL when none matches -#}
    try_strptime({{ null_token(col) }}, [{% for f in formats %}'{{ f }}'{% if not loop.last %}, {% endif %}{% endfor %}])
{%- endmacro %}


{% macro parse_date(col, formats) -%}
    cast({{ parse_timestamp(col, formats) }} as date)
{%- endmacro %}


{% macro hash_pii(col) -%}
    {#- one-way hash of a normalised e-mail or name; the clear value never leaves staging -#}
    {{ dbt.hash("lower(trim(" ~ col ~ "))") }}
{%- endmacro %}


{% macro columns_matching(relation, pattern) -%}
    {#- Names of the columns of relation whose name matches a SQL LIKE pattern (case-insensitive),
        for vendor headers that carry data: Meta's "Amount spent (<currency>)", a survey question
        text. Empty at parse time. -#}
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


{% macro deal_status(stage_col) -%}
    {#- Business rule: a deal is won or lost only in a closed stage (HubSpot "Closed Won" /
        closedwon, Salesforce "Closed Won"); every other stage is open. -#}
    case
        when lower(replace(trim({{ stage_col }}), ' ', '')) = 'closedwon' then 'won'
        when lower(replace(trim({{ stage_col }}), ' ', '')) = 'closedlost' then 'lost'
        else 'open'
    end
{%- endmacro %}


{% macro loaded_at(relation, prefix='') -%}
    {#- When the row's file was landed: the _loaded_at column scripts/validate_exports.py appends
        to every landed file. Files read straight from a folder that was not landed (the demo
        exports when dbt is run by hand) have no such column: NULL. -#}
    {%- if columns_matching(relation, '_loaded_at') -%}
        cast({{ prefix }}_loaded_at as {{ api.Column.translate_type('timestamp') }})
    {%- else -%}
        cast(null as {{ api.Column.translate_type('timestamp') }})
    {%- endif -%}
{%- endmacro %}


{% macro raw_values(relation, prefix='') -%}
    {#- The row as exported, one text value: 'Column=value | Column=value …' over every column of
        the raw file (the file name and _loaded_at aside), for the quarantine models. -#}
    {%- set names = columns_matching(relation, '%') | reject('in', ['filename', '_loaded_at']) | list -%}
    {%- if names -%}
        concat_ws(' | '{% for name in names %}, '{{ name | replace("'", "''") }}=' || coalesce({{ prefix }}"{{ name }}", ''){% endfor %})
    {%- else -%}
        cast(null as {{ dbt.type_string() }})
    {%- endif -%}
{%- endmacro %}

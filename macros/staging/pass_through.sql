{#- Pass-through columns (Fivetran's *_pass_through_columns): var <source>__<table>_pass_through_columns
    lists export columns the rule book does not know, e.g.
    hubspot__contacts_pass_through_columns: [{name: Industry, alias: industry}]. The landing step
    reads each into the landed table under its alias (landing/rulebook.py PASS_THROUGH, which also
    checks the var); these macros carry them through staging to the marts: HubSpot contact columns
    to kpi_funnel_contacts, ad campaign report columns to kpi_paid_media_daily and _monthly. -#}


{% macro pass_through_columns(table_name) -%}
    {#- [{alias, type, sql_type}] of the pass-through columns of raw table table_name
        ('hubspot/contacts'), in the var's order. type: text (a dimension), number or integer
        (summed where rows are summed). An alias is a lower-case SQL name: anything else stops the
        run (it is written into SQL). -#}
    {%- set var_name = table_name | replace('/', '__') ~ '_pass_through_columns' %}
    {%- set sql_types = {
        'text': dbt.type_string(),
        'number': api.Column.translate_type('decimal(38,6)'),
        'integer': dbt.type_bigint()
    } %}
    {%- set found = [] %}
    {%- for entry in var(var_name, []) %}
        {%- set item = {'name': entry} if entry is string else entry %}
        {%- set alias = (item.get('alias') or item.get('name') or '') | string %}
        {%- set kind = item.get('type') or 'text' %}
        {%- if not modules.re.fullmatch('[a-z][a-z0-9_]{0,62}', alias) %}
            {{ exceptions.raise_compiler_error("var " ~ var_name ~ ": " ~ tojson(item) ~ ": the alias must be a lower-case SQL name (letters, digits, _)") }}
        {%- endif %}
        {%- if kind not in sql_types %}
            {{ exceptions.raise_compiler_error("var " ~ var_name ~ ": " ~ alias ~ ": type must be text, number or integer") }}
        {%- endif %}
        {%- do found.append({'alias': alias, 'type': kind, 'sql_type': sql_types[kind]}) %}
    {%- endfor %}
    {{- return(found) }}
{%- endmacro %}


{% macro ad_pass_through_columns() -%}
    {#- The pass-through columns of the four ad platforms' campaign reports, each alias once (in
        alphabetical order): every platform's staging model ends in all of them (NULL where its
        own var does not name it), so int_ad_performance__unioned stays a plain union all. -#}
    {%- set by_alias = {} %}
    {%- for table_name in ad_report_tables() %}
        {%- for column in pass_through_columns(table_name) %}
            {%- if column.alias in by_alias and by_alias[column.alias].type != column.type %}
                {{ exceptions.raise_compiler_error("pass-through column " ~ column.alias ~ " is " ~ by_alias[column.alias].type ~ " on one ad platform and " ~ column.type ~ " in " ~ table_name ~ ": one alias, one type") }}
            {%- endif %}
            {%- do by_alias.update({column.alias: column}) %}
        {%- endfor %}
    {%- endfor %}
    {{- return(by_alias.values() | sort(attribute='alias') | list) }}
{%- endmacro %}


{% macro pass_through_contract(tables) -%}
    {#- The contract config of a mart that pass-through columns reach: enforced on DuckDB while no
        pass-through column is set for tables (a contract lists fixed columns; Fivetran's packages,
        whose marts take pass-through columns, have none). -#}
    {%- set ns = namespace(passed=false) %}
    {%- for table_name in tables %}
        {%- if pass_through_columns(table_name) %}{% set ns.passed = true %}{% endif %}
    {%- endfor %}
    {{- return({'enforced': target.type == 'duckdb' and not ns.passed}) }}
{%- endmacro %}


{% macro pass_through_select(columns, prefix='', how='keep') -%}
    {#- The select list of pass-through columns, each after a comma, written right after a model's
        last column (nothing when none is set). how: keep (prefix.alias), aggregate (text: max,
        numbers: sum), spread (text kept; numbers spread over a period's days as spread_evenly
        spreads the measures: whole units for integers, millionths for numbers). -#}
    {%- for column in columns %},
        {% if how == 'aggregate' -%}
            {{ 'max' if column.type == 'text' else 'sum' }}({{ prefix }}{{ column.alias }}) as {{ column.alias }}
        {%- elif how == 'spread' and column.type != 'text' -%}
            {{ spread_evenly(prefix ~ column.alias, 1 if column.type == 'integer' else 1000000) }} as {{ column.alias }}
        {%- else -%}
            {{ prefix }}{{ column.alias }}
        {%- endif %}
    {%- endfor %}
{%- endmacro %}


{% macro ad_report_tables() -%}
    {{- return(['google_ads/campaign_report', 'linkedin_ads/campaign_report', 'meta_ads/campaign_report', 'microsoft_ads/campaign_report']) }}
{%- endmacro %}

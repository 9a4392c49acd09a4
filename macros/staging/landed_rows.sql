{% macro base_landed_rows(source_relation, money={}, fx_date=none, pii={}, currency='currency') -%}
    {#- The body of every base_ model: the landed rows of one raw table as the landing step wrote
        them (parsed columns, _source_file, _source_line, _is_layout_row, _reject_reason), with
        - money: {local_col: reporting_col} converted at the month of fx_date with the fx_rates
          seed (an amount already in the reporting currency needs no rate); a data row whose
          currency and month have no rate gets the reason 'no FX rate for this currency and month'
          (the validator rejects such files first, so this only guards a hand-run dbt);
        - currency: the landed column holding the currency of the money columns (HubSpot deals:
          basis_currency, the company currency when HubSpot converted the amount itself);
        - pii: {clear_col: hashed_col}: the clear value is replaced by its hash.
        Incremental by file (macros/staging/incremental.sql): a run reads only the exports landed since.
        A source switched off (var <source>__enabled: false, e.g. a host project without that
        connector's tables) is never read: the model has its declared columns and no rows. -#}
    {{- incremental_by_file() }}
    {%- set skip = ['_reject_reason', '_reject_column'] + (pii.keys() | list) %}
    {#- the model's source (model.sources: filled once parsed) #}
    {%- set source_ref = model.sources[0] if model.sources else ['', ''] %}
    {%- if source_enabled(source_ref[0]) %}
    {%- set columns = columns_matching(source_relation, '%') | reject('in', skip) | list %}
    with landed as (
        select * from {{ source_relation }} as landed_rows
        {{- rows_of_new_files('landed_rows') }}
    ),
    {%- else %}
    {%- set declared = declared_source_columns(source_ref[0], source_ref[1]) %}
    {%- set columns = declared | map(attribute='name') | reject('in', skip) | list %}
    with landed as (
        select
            {%- for column in declared %}
            cast(null as {{ api.Column.translate_type(column.data_type) }}) as {{ column.name }}{{ ',' if not loop.last }}
            {%- endfor %}
        from (select 1 as no_row) as switched_off
        where 1 = 0
    ),
    {%- endif %}

    final as (
        select
            {%- for name in columns %}
            landed.{{ name }},
            {%- endfor %}
            {%- for clear, hashed in pii.items() %}
            {{ hash_pii('landed.' ~ clear) }} as {{ hashed }},
            {%- endfor %}
            {%- for local_col, out_col in money.items() %}
            cast(landed.{{ local_col }} * fx.rate_to_reporting as {{ api.Column.translate_type('decimal(38,6)') }}) as {{ out_col }},
            {%- endfor %}
            case
                when landed._reject_reason is not null then landed._reject_reason
                {%- if money %}
                when not landed._is_layout_row and fx.rate_to_reporting is null
                    then 'no FX rate for this currency and month'
                {%- endif %}
            end as _reject_reason
        from landed
        {%- if money %}
        {{ join_fx_rate('fx', 'landed.' ~ currency, 'landed.' ~ fx_date) }}
        {%- endif %}
    )

    select * from final
{%- endmacro %}


{% macro quarantine_rows(base_relations) -%}
    {#- The quarantine model of a source: every row of its base_ models that carries a reject
        reason, with the raw table it came from, its file, the reason and the row as exported. -#}
    {%- for relation in base_relations %}
    select
        '{{ relation.identifier | replace("base_", "") }}' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from {{ relation }}
    where _reject_reason is not null
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
{%- endmacro %}



{% macro source_enabled(source_name) -%}
    {#- Whether a source is switched on (var <source>__enabled, default true: Fivetran's convention).
        An ad platform switched off leaves the project (dbt_project.yml); any other source's models
        stay, with no rows, so the marts it feeds build with its KPIs NULL or zero. -#}
    {{- return(var(source_name ~ '__enabled', true) in [true, 'true', 'True']) }}
{%- endmacro %}


{% macro declared_source_columns(source_name, table_name) -%}
    {#- The columns (name, data_type) the sources YAML declares for a raw table (generated from the
        rule book by scripts/generate_layout_docs.py). Empty at parse time. -#}
    {%- set found = [] %}
    {%- if execute %}
        {%- for node in graph.sources.values() %}
            {%- if node.source_name == source_name and node.name == table_name %}
                {%- for column in node.columns.values() %}
                    {%- do found.append({'name': column.name, 'data_type': column.data_type}) %}
                {%- endfor %}
            {%- endif %}
        {%- endfor %}
    {%- endif %}
    {{- return(found) }}
{%- endmacro %}

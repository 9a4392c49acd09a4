{#- Incremental by file (base_ models) and by key (day-grain staging models). A full refresh and
    any sequence of incremental runs over the same landed files give the same rows
    (tests/python/test_incremental_equivalence.py). The landing step keeps a ledger and gives every
    export's rows the time it was landed (_loaded_at): an export landed again (changed) or removed
    no longer has its (_source_file, _loaded_at) pair in the landed files. -#}


{% macro incremental_by_file() -%}
    {#- Config of a base_ model: each run appends the rows of the exports landed since, after a
        pre-hook deleted the rows of the exports re-landed or gone. -#}
    {{ config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_rows_of_files_gone(model.sources[0]) }}"
    ) }}
{%- endmacro %}


{% macro delete_rows_of_files_gone(source_ref) -%}
    {#- Pre-hook of a base_ model on an incremental run: deletes its rows whose landing
        (_source_file, _loaded_at) is no longer in the landed source (the export was re-landed
        or deleted). -#}
    {%- if is_incremental() %}
    {%- set landed = source(source_ref[0], source_ref[1]) %}
    delete from {{ this }}
    where {{ landing_not_in(this, landed) }}
    {%- endif %}
{%- endmacro %}


{% macro landing_not_in(row, relation) -%}
    {#- The row's landing of its file, (_source_file, _loaded_at), is not among relation's. -#}
    not exists (
        select 1
        from (select distinct _source_file, _loaded_at from {{ relation }}) as landings
        where landings._source_file = {{ row }}._source_file
            and landings._loaded_at = {{ row }}._loaded_at
    )
{%- endmacro %}


{% macro valid_landed_rows(base_model, keys) -%}
    {#- The good rows (no layout row, no reject reason) of a base_ model; on an incremental run
        of a model configured by incremental_by_key, only those of the changed keys. -#}
    select landed.*
    from {{ ref(base_model) }} as landed
    where
        not landed._is_layout_row
        and landed._reject_reason is null
        {{- changed_keys_filter('landed', keys) }}
{%- endmacro %}


{% macro rows_of_new_files(relation_alias) -%}
    {#- Filter of a base_ model's landed rows on an incremental run: the exports not in it yet. -#}
    {%- if is_incremental() %}
    where {{ landing_not_in(relation_alias, this) }}
    {%- endif %}
{%- endmacro %}


{% macro incremental_by_key(base_model, keys, date_column) -%}
    {#- Config of a day-grain staging model that keeps one row per key, the newest export winning.
        An incremental run recomputes the keys (keys: {base column: model column}) that
          - rows landed since the model's newest row have,
          - the model holds from an export re-landed or gone,
          - fall in the last var('lookback_days') days of date_column (late and restated rows),
        from every landed row of those keys: pre-hooks collect the keys and delete their rows, the
        model's select (filtered by changed_keys_filter) appends them again. -#}
    {{ config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='sync_all_columns',
        pre_hook=[
            "{{ drop_changed_keys() }}",
            "{{ collect_changed_keys('" ~ base_model ~ "', " ~ tojson(keys) ~ ", '" ~ date_column ~ "') }}",
            "{{ delete_changed_keys(" ~ tojson(keys) ~ ") }}"
        ]
    ) }}
{%- endmacro %}


{% macro changed_keys_relation() -%}
    {#- Name of the temporary table that holds the keys an incremental run of this model
        recomputes. -#}
    {{- this.identifier ~ '__changed_keys' -}}
{%- endmacro %}


{% macro drop_changed_keys() -%}
    {#- Pre-hook: drops the changed-keys table of a previous run (incremental runs only). -#}
    {%- if is_incremental() %}
    drop table if exists {{ changed_keys_relation() }}
    {%- endif %}
{%- endmacro %}


{% macro collect_changed_keys(base_model, keys, date_column) -%}
    {#- Pre-hook: collects the keys to recompute into the changed-keys table: keys of rows
        landed since the model's newest _loaded_at, keys of rows whose export was re-landed or
        is gone, and keys of the last var('lookback_days') days. -#}
    {%- if is_incremental() %}
    {%- set base = ref(base_model) %}
    {%- set lookback = var('lookback_days') | int %}
    create temporary table {{ changed_keys_relation() }} as
    with landed_since as (
        select {% for b, m in keys.items() %}{{ b }} as {{ m }}{% if not loop.last %}, {% endif %}{% endfor %}
        from {{ base }}
        where _loaded_at > (select max(_loaded_at) from {{ this }})
            or not exists (select 1 from {{ this }})
    ),

    files_gone as (
        select {{ keys.values() | join(', ') }}
        from {{ this }} as current_rows
        where {{ landing_not_in('current_rows', base) }}
    ),

    lookback as (
        select {{ keys.values() | join(', ') }}
        from {{ this }}
        where {{ date_column }} >= (
            select {{ dbt.dateadd('day', -lookback, 'max(' ~ date_column ~ ')') }} from {{ this }}
        )
    )

    select distinct * from (
        select * from landed_since
        union all
        select * from files_gone
        union all
        select * from lookback
    ) as changed
    {%- endif %}
{%- endmacro %}


{% macro delete_changed_keys(keys) -%}
    {#- Pre-hook: deletes the model's rows of the collected keys (NULL-safe), so the run inserts
        them again from every landed row. -#}
    {%- if is_incremental() %}
    delete from {{ this }}
    where exists (
        select 1 from {{ changed_keys_relation() }} as changed
        where {% for m in keys.values() %}{{ null_safe_equals('changed.' ~ m, this ~ '.' ~ m) }}{% if not loop.last %} and {% endif %}{% endfor %}
    )
    {%- endif %}
{%- endmacro %}


{% macro changed_keys_filter(relation_alias, keys) -%}
    {#- Filter of the landed rows on an incremental run: only the keys collect_changed_keys found. -#}
    {%- if is_incremental() %}
    and exists (
        select 1 from {{ changed_keys_relation() }} as changed
        where {% for b, m in keys.items() %}{{ null_safe_equals('changed.' ~ m, relation_alias ~ '.' ~ b) }}{% if not loop.last %} and {% endif %}{% endfor %}
    )
    {%- endif %}
{%- endmacro %}

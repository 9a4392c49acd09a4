{#- Incremental by file (base_ models) and by key (day-grain staging models), with dbt's own
    delete+insert strategy. A full refresh and any sequence of incremental runs over the same landed
    files give the same rows (tests/python/test_incremental_equivalence.py). The landing step keeps
    a ledger and gives every export's rows the time it was landed (_loaded_at): an export landed
    again (changed) or removed no longer has its (_source_file, _loaded_at) pair in the landed
    files. Nothing else is kept between runs: no side table, no log; what changed is read from the
    model's own rows and the rows it reads. -#}


{% macro incremental_config(unique_key, base_model=none) -%}
    {#- The config every incremental model here shares: dbt's delete+insert by unique_key (the
        batch's keys are deleted, then the batch inserted); a post-hook deletes the rows whose
        export is gone from base_model (a base_ model: from its landed source), which no batch row
        replaces. Columns never
        change in an incremental run (model code that changed makes the build a full refresh:
        scripts/build_state.py), so a change is an error ('fail', as contracted marts require).
        Spark and PostgreSQL are always built in full (append is Spark's only strategy without a
        table format). -#}
    {{ config(
        materialized='incremental',
        incremental_strategy='append' if target.type == 'spark' else 'delete+insert',
        unique_key=unique_key,
        on_schema_change='fail',
        post_hook="{{ delete_rows_of_files_gone(" ~ tojson(base_model) ~ ") }}"
    ) }}
{%- endmacro %}


{% macro incremental_by_file() -%}
    {#- Config of a base_ model: each run reads the exports landed since (rows_of_new_files) and
        replaces the rows of their files (unique key _source_file: an export landed again replaces
        its old rows); the post-hook deletes the rows of exports removed from the folder. -#}
    {{ incremental_config('_source_file') }}
{%- endmacro %}


{% macro incremental_by_key(base_model, keys) -%}
    {#- Config of a day-grain staging model that keeps one row per key, the newest export winning.
        An incremental run recomputes, from every landed row of theirs, the keys (keys: {base
        column: model column}) that valid_landed_rows picks (changed_keys); dbt's delete+insert
        replaces their rows. A key whose every export is gone has no new row: the post-hook deletes
        its rows. -#}
    {{ incremental_config(keys.values() | list, base_model) }}
{%- endmacro %}


{% macro delete_rows_of_files_gone(base_model=none) -%}
    {#- Post-hook of an incremental model on an incremental run: deletes its rows whose landing
        (_source_file, _loaded_at) is no longer among base_model's, or, for a base_ model itself
        (base_model none), its landed source's (the export was re-landed or deleted and no batch
        row replaced them); every row when a base_ model's source is switched off (var
        <source>__enabled). Deletes from the model's own table only. -#}
    {%- if is_incremental() %}
    {%- if base_model %}
    delete from {{ this }}
    where {{ landing_not_in(this, ref(base_model)) }}
    {%- elif source_enabled(model.sources[0][0]) %}
    delete from {{ this }}
    where {{ landing_not_in(this, source(model.sources[0][0], model.sources[0][1])) }}
    {%- else %}
    delete from {{ this }}
    {%- endif %}
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


{% macro rows_of_new_files(relation_alias) -%}
    {#- Filter of a base_ model's landed rows on an incremental run: the exports not in it yet. -#}
    {%- if is_incremental() %}
    where {{ landing_not_in(relation_alias, this) }}
    {%- endif %}
{%- endmacro %}


{% macro valid_landed_rows(base_model, keys, date_column) -%}
    {#- The good rows (no layout row, no reject reason) of a base_ model; on an incremental run of a
        model configured by incremental_by_key, only those of the changed keys. -#}
    select landed.*
    from {{ ref(base_model) }} as landed
    where
        not landed._is_layout_row
        and landed._reject_reason is null
        {%- if is_incremental() %}
        {%- set landed_keys = [] %}
        {%- for b in keys.keys() %}{% do landed_keys.append('landed.' ~ b) %}{% endfor %}
        and ({{ landed_keys | join(', ') }}) in (
            {{- changed_keys(base_model, keys, date_column) | indent(8) }}
        )
        {%- endif %}
{%- endmacro %}


{% macro changed_keys(base_model, keys, date_column) -%}
    {#- The keys (base columns' names) an incremental run recomputes: keys of rows landed since the
        model's newest _loaded_at (every key of an empty model), keys the model holds from an
        export re-landed or gone, and keys of its last var('lookback_days') days of date_column
        (late and restated rows). -#}
    {%- set base = ref(base_model) %}
    {%- set lookback = var('lookback_days') | int %}
    {%- set as_base = [] %}
    {%- for b, m in keys.items() %}{% do as_base.append(m ~ ' as ' ~ b) %}{% endfor %}
    select {{ keys.keys() | join(', ') }}
    from {{ base }}
    where _loaded_at > (select max(_loaded_at) from {{ this }})
        or not exists (select 1 from {{ this }})
    union
    select {{ as_base | join(', ') }}
    from {{ this }} as current_rows
    where {{ landing_not_in('current_rows', base) }}
    union
    select {{ as_base | join(', ') }}
    from {{ this }}
    where {{ date_column }} >= (
        select {{ dbt.dateadd('day', -lookback, 'max(' ~ date_column ~ ')') }} from {{ this }}
    )
{%- endmacro %}

{#- Incremental by file (base_ models) and by key (day-grain staging models). A full refresh and
    any sequence of incremental runs over the same landed files give the same rows
    (tests/python/test_incremental_equivalence.py). The landing step keeps a ledger and gives every
    export's rows the time it was landed (_loaded_at): an export landed again (changed) or removed
    no longer has its (_source_file, _loaded_at) pair in the landed files. -#}


{% macro incremental_config(pre_hook, post_hook=[], publish=false) -%}
    {#- The config every incremental model here shares: appends what its pre-hooks made room for;
        publish marks a model that keeps its changes log for a downstream model. Columns never
        change in an incremental run (model code that changed makes the build a full refresh:
        scripts/build_state.py), so a change is an error ('fail', as contracted marts require). -#}
    {{ config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        meta={'publish_changed_keys': publish},
        pre_hook=pre_hook,
        post_hook=post_hook
    ) }}
{%- endmacro %}


{% macro incremental_by_file() -%}
    {#- Config of a base_ model: each run appends the rows of the exports landed since, after a
        pre-hook deleted the rows of the exports re-landed or gone. -#}
    {{ incremental_config(["{{ delete_rows_of_files_gone(model.sources[0]) }}"]) }}
{%- endmacro %}


{% macro delete_rows_of_files_gone(source_ref) -%}
    {#- Pre-hook of a base_ model on an incremental run: deletes its rows whose landing
        (_source_file, _loaded_at) is no longer in the landed source (the export was re-landed
        or deleted); every row when the source is switched off (var <source>__enabled). -#}
    {%- if is_incremental() and source_enabled(source_ref[0]) %}
    {%- set landed = source(source_ref[0], source_ref[1]) %}
    delete from {{ this }}
    where {{ landing_not_in(this, landed) }}
    {%- elif is_incremental() %}
    {#- the source was switched off since: none of its rows stay #}
    delete from {{ this }}
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


{% macro incremental_by_key(base_model, keys, date_column, publish=false) -%}
    {#- Config of a day-grain staging model that keeps one row per key, the newest export winning.
        An incremental run recomputes the keys (keys: {base column: model column}) that
          - rows landed since the model's newest row have,
          - the model holds from an export re-landed or gone,
          - fall in the last var('lookback_days') days of date_column (late and restated rows),
        from every landed row of those keys: pre-hooks collect the keys and delete their rows, the
        model's select (filtered by changed_keys_filter) appends them again. With publish, the keys
        are kept in a table of the warehouse (the model's changes log) until the downstream model
        that reads it has consumed them (incremental_by_campaign_day); a full build of the model
        logs one row meaning "every key". -#}
    {{ incremental_config([
        "{{ prepare_changed_keys('" ~ base_model ~ "', " ~ tojson(keys) ~ ", " ~ tojson(publish) ~ ") }}",
        "{{ collect_changed_keys('" ~ base_model ~ "', " ~ tojson(keys) ~ ", '" ~ date_column ~ "', " ~ tojson(publish) ~ ") }}",
        "{{ delete_changed_keys(" ~ tojson(keys) ~ ") }}"
    ], publish=publish) }}
{%- endmacro %}


{% macro changed_keys_relation(model_name=none) -%}
    {#- Name of the table that holds the keys an incremental run of a model recomputes: a temporary
        table, or the changes log in the model's schema of a model that publishes its changes
        (meta publish_changed_keys) or of the upstream model_name. -#}
    {%- if model_name -%}
        {{ ref(model_name).schema }}.{{ model_name }}__changed_keys
    {%- elif (config.get('meta') or {}).get('publish_changed_keys') -%}
        {{ this.schema }}.{{ this.identifier }}__changed_keys
    {%- else -%}
        {{ this.identifier }}__changed_keys
    {%- endif -%}
{%- endmacro %}


{% macro prepare_changed_keys(base_model, keys, publish) -%}
    {#- Pre-hook: without publish, drops the temporary changed-keys table of a previous run; with
        publish, creates the model's changes log when it does not exist (its key columns typed as the
        base_ model's, and _all_keys). -#}
    {%- if publish %}
    create table if not exists {{ changed_keys_relation() }} as
    select {% for b, m in keys.items() %}{{ b }} as {{ m }}, {% endfor %}false as _all_keys
    from {{ ref(base_model) }}
    where 1 = 0
    {%- elif is_incremental() %}
    drop table if exists {{ changed_keys_relation() }}
    {%- endif %}
{%- endmacro %}


{% macro collect_changed_keys(base_model, keys, date_column, publish=false) -%}
    {#- Pre-hook: collects the keys to recompute into the changed-keys table: keys of rows landed since
        the model's newest _loaded_at, keys of rows whose export was re-landed or is gone, and keys of
        the last var('lookback_days') days. With publish they are added to the changes log (a full
        build logs one _all_keys row instead). -#}
    {%- if is_incremental() %}
    {%- set base = ref(base_model) %}
    {%- set lookback = var('lookback_days') | int %}
    {%- if publish %}
    insert into {{ changed_keys_relation() }}
    {%- else %}
    create temporary table {{ changed_keys_relation() }} as
    {%- endif %}
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

    select distinct *, false as _all_keys from (
        select * from landed_since
        union all
        select * from files_gone
        union all
        select * from lookback
    ) as changed
    {%- elif publish %}
    insert into {{ changed_keys_relation() }} (_all_keys) values (true)
    {%- endif %}
{%- endmacro %}


{% macro delete_changed_keys(keys) -%}
    {#- Pre-hook: deletes the model's rows of the collected keys (NULL-safe), so the run inserts
        them again from every landed row. -#}
    {%- if is_incremental() %}
    delete from {{ this }}
    where exists (
        select 1 from {{ changed_keys_relation() }} as changed
        where not changed._all_keys and {% for m in keys.values() %}{{ null_safe_equals('changed.' ~ m, this ~ '.' ~ m) }}{% if not loop.last %} and {% endif %}{% endfor %}
    )
    {%- endif %}
{%- endmacro %}


{% macro changed_keys_filter(relation_alias, keys) -%}
    {#- Filter of the landed rows on an incremental run: only the keys collect_changed_keys found. -#}
    {%- if is_incremental() %}
    and exists (
        select 1 from {{ changed_keys_relation() }} as changed
        where not changed._all_keys and {% for b, m in keys.items() %}{{ null_safe_equals('changed.' ~ m, relation_alias ~ '.' ~ b) }}{% if not loop.last %} and {% endif %}{% endfor %}
    )
    {%- endif %}
{%- endmacro %}


{#- Incremental by campaign day: the paid-media chain after the ad platforms' staging models
    (int_ad_performance__unioned -> int_paid_media__daily -> kpi_paid_media_daily). Each model
    recomputes only the (ad_campaign_key, day) pairs that changed upstream, read from the upstream
    models' changes logs (macros above), and keeps them in its own log for the next model; a model
    clears the logs it read once it is built. An upstream full build (its _all_keys row), or a log
    that is missing, recomputes every pair. -#}


{% macro incremental_by_campaign_day(upstream, changes, publish=false, date_column='ad_date') -%}
    {#- Config of a model at day x ad campaign grain: on an incremental run, the pre-hooks collect the
        pairs to recompute (changes: the call, as text, of the macro whose select gives the
        ad_campaign_key, ad_date pairs; every pair when an upstream log says so) and delete their rows; the model's select, filtered by
        campaign_day_filter, appends them again; the post-hooks clear the upstream logs. -#}
    {%- set post = [] %}
    {%- for name in upstream %}
        {%- do post.append("{{ consume_changed_keys('" ~ name ~ "') }}") %}
    {%- endfor %}
    {{ incremental_config([
        "{{ prepare_campaign_days(" ~ tojson(publish) ~ ") }}",
        "{{ collect_campaign_days(" ~ tojson(upstream) ~ ", " ~ changes ~ ", " ~ tojson(publish) ~ ") }}",
        "{{ delete_campaign_days('" ~ date_column ~ "') }}"
    ], post, publish) }}
{%- endmacro %}


{% macro prepare_campaign_days(publish) -%}
    {#- Pre-hook: creates the model's changes log (publish) or drops its temporary pairs table. -#}
    {%- if publish %}
    create table if not exists {{ changed_keys_relation() }} (
        ad_campaign_key {{ dbt.type_string() }},
        ad_date date,
        _all_keys boolean
    )
    {%- elif is_incremental() %}
    drop table if exists {{ changed_keys_relation() }}
    {%- endif %}
{%- endmacro %}


{% macro changes_log_missing(upstream) -%}
    {#- The upstream models (of upstream) whose changes log is not in the upstream model's schema:
        asked of the warehouse (tables_named_like), since a log made by a hook this run is not in
        dbt's relation cache. -#}
    {%- set missing = [] %}
    {%- if execute %}
        {%- set schemas = [] %}
        {%- for name in upstream %}{% do schemas.append(ref(name).schema) %}{% endfor %}
        {%- set found = tables_named_like(schemas | unique | list, '__changed_keys') %}
        {%- for name in upstream %}
            {%- if (ref(name).schema ~ '.' ~ name ~ '__changed_keys') | lower not in found %}
                {%- do missing.append(name) %}
            {%- endif %}
        {%- endfor %}
    {%- endif %}
    {{ return(missing) }}
{%- endmacro %}


{% macro collect_campaign_days(upstream, changes_sql, publish) -%}
    {#- Pre-hook: the (ad_campaign_key, ad_date) pairs to recompute on an incremental run, into the
        model's changes log (publish) or a temporary table: changes_sql's pairs, and one _all_keys
        row when an upstream model was built in full or its log is missing. A full build with
        publish logs one _all_keys row. -#}
    {%- if is_incremental() %}
    {%- set missing = changes_log_missing(upstream) %}
    {%- if publish %}
    insert into {{ changed_keys_relation() }}
    {%- else %}
    create temporary table {{ changed_keys_relation() }} as
    {%- endif %}
    select distinct
        cast(ad_campaign_key as {{ dbt.type_string() }}) as ad_campaign_key,
        cast(ad_date as date) as ad_date,
        false as _all_keys
    {%- if missing %}
    from (select cast(null as {{ dbt.type_string() }}) as ad_campaign_key, cast(null as date) as ad_date) as nothing
    where 1 = 0
    {%- else %}
    from ({{ changes_sql }}) as changed
    {%- endif %}
    union all
    select cast(null as {{ dbt.type_string() }}), cast(null as date), true
    {%- if not missing %}
    where
        {%- for name in upstream %}
        exists (select 1 from {{ changed_keys_relation(name) }} where _all_keys){% if not loop.last %} or{% endif %}
        {%- endfor %}
    {%- endif %}
    {%- elif publish %}
    insert into {{ changed_keys_relation() }} (_all_keys) values (true)
    {%- endif %}
{%- endmacro %}


{% macro campaign_days_to_recompute(relation_alias, date_column='ad_date') -%}
    {#- The row's (ad_campaign_key, date_column) is among the pairs collected for this run, or every
        pair is to be recomputed. -#}
    {#- an uncorrelated count and a semi-join (IN): an OR of two EXISTS took 14x longer on DuckDB -#}
    (
        (select count(*) from {{ changed_keys_relation() }} where _all_keys) > 0
        or ({{ relation_alias }}.ad_campaign_key, {{ relation_alias }}.{{ date_column }}) in (
            select ad_campaign_key, ad_date from {{ changed_keys_relation() }}
            where not _all_keys
        )
    )
{%- endmacro %}


{% macro delete_campaign_days(date_column) -%}
    {#- Pre-hook: deletes the model's rows of the pairs to recompute (incremental runs only). -#}
    {%- if is_incremental() %}
    delete from {{ this }}
    where {{ campaign_days_to_recompute(this, date_column) }}
    {%- endif %}
{%- endmacro %}


{% macro campaign_day_filter(relation_alias, date_column='ad_date') -%}
    {#- Filter (a where clause) of the upstream rows on an incremental run: the pairs to recompute. -#}
    {%- if is_incremental() %}
    where {{ campaign_days_to_recompute(relation_alias, date_column) }}
    {%- endif %}
{%- endmacro %}


{% macro campaign_period_filter(relation_alias) -%}
    {#- Filter (a where clause) of rows that cover a period (period_start to period_end) on an
        incremental run: those whose period holds a pair to recompute. -#}
    {%- if is_incremental() %}
    where
        exists (select 1 from {{ changed_keys_relation() }} where _all_keys)
        or exists (
            select 1 from {{ changed_keys_relation() }} as changed
            where not changed._all_keys
                and changed.ad_campaign_key = {{ relation_alias }}.ad_campaign_key
                and changed.ad_date >= {{ relation_alias }}.period_start
                and changed.ad_date <= {{ relation_alias }}.period_end
        )
    {%- endif %}
{%- endmacro %}


{% macro consume_changed_keys(model_name) -%}
    {#- Post-hook: empties the changes log of upstream model model_name, now that this model holds
        its changes (nothing when the log does not exist). truncate, not delete: a Spark Parquet
        table has no DELETE. -#}
    {%- if changes_log_missing([model_name]) | length == 0 %}
    truncate table {{ changed_keys_relation(model_name) }}
    {%- endif %}
{%- endmacro %}


{% macro ad_days_changed_in_staging(staging_models) -%}
    {#- The (ad_campaign_key, ad_date) pairs whose rows an incremental run of
        int_ad_performance__unioned recomputes: every day of every period in the ad platforms'
        staging changes logs. -#}
    select
        {{ surrogate_key(['changed.platform', 'changed.campaign_id']) }} as ad_campaign_key,
        days.calendar_date as ad_date
    from (
        {%- for name in staging_models %}
        select platform, campaign_id, period_start, period_end
        from {{ changed_keys_relation(name) }}
        where not _all_keys
        {%- if not loop.last %}
        union all
        {%- endif %}
        {%- endfor %}
    ) as changed
    inner join {{ ref('int_calendar__days') }} as days
        on changed.period_start <= days.calendar_date and changed.period_end >= days.calendar_date
{%- endmacro %}


{% macro campaign_days_changed_in_ads_or_attribution() -%}
    {#- The pairs an incremental run of int_paid_media__daily recomputes: those
        int_ad_performance__unioned recomputed, and those whose attributed leads or revenue in
        int_campaign_attribution__daily differ from the model's. -#}
    select ad_campaign_key, ad_date
    from {{ changed_keys_relation('int_ad_performance__unioned') }}
    where not _all_keys
    union all
    select
        coalesce(attribution.ad_campaign_key, current_rows.ad_campaign_key) as ad_campaign_key,
        coalesce(attribution.activity_date, current_rows.ad_date) as ad_date
    from {{ ref('int_campaign_attribution__daily') }} as attribution
    full outer join (
        select ad_campaign_key, ad_date, crm_leads, attributed_revenue_amount
        from {{ this }}
        where crm_leads <> 0 or attributed_revenue_amount <> 0
    ) as current_rows
        on attribution.ad_campaign_key = current_rows.ad_campaign_key
        and attribution.activity_date = current_rows.ad_date
    where
        attribution.ad_campaign_key is null
        or current_rows.ad_campaign_key is null
        or coalesce(attribution.crm_leads, 0) <> current_rows.crm_leads
        or coalesce(attribution.attributed_revenue_amount, 0) <> current_rows.attributed_revenue_amount
{%- endmacro %}


{% macro campaign_days_changed_in(model_name) -%}
    {#- The pairs in model_name's changes log. -#}
    select ad_campaign_key, ad_date
    from {{ changed_keys_relation(model_name) }}
    where not _all_keys
{%- endmacro %}

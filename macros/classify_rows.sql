{% macro base_landed_rows(source_relation, money={}, fx_date=none, pii={}) -%}
    {#- The body of every base_ model: the landed rows of one raw table as the landing step wrote
        them (parsed columns, _source_file, _source_line, _is_layout_row, _reject_reason), with
        - money: {local_col: reporting_col} converted at the month of fx_date with the fx_rates
          seed (an amount already in the reporting currency needs no rate); a data row whose
          currency and month have no rate gets the reason 'no FX rate for this currency and month'
          (the validator rejects such files first, so this only guards a hand-run dbt);
        - pii: {clear_col: hashed_col}: the clear value is replaced by its hash.
        Incremental by file (macros/incremental.sql): a run reads only the exports landed since. -#}
    {{- incremental_by_file() }}
    {%- set skip = ['_reject_reason', '_reject_column'] + (pii.keys() | list) %}
    {%- set columns = columns_matching(source_relation, '%') | reject('in', skip) | list %}
    with landed as (
        select * from {{ source_relation }} as landed_rows
        {{- rows_of_new_files('landed_rows') }}
    ),

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
        {{ join_fx_rate('fx', 'landed.currency', 'landed.' ~ fx_date) }}
        {%- endif %}
    )

    select * from final
{%- endmacro %}


{% macro stage_ad_report(base_model) -%}
    {#- The four ad platforms end in one column set (same names, types and order), so that
        int_ad_performance__unioned is a plain union all. One row per period and campaign at the
        level the export has (campaign, ad set / ad group or ad: ad_group_key, '' at campaign
        level); a row covers one day (period_start = period_end) or the report period of an
        export without a day segment. -#}
    {%- set keys = {'period_start': 'period_start', 'period_end': 'period_end', 'campaign_key': 'campaign_id', 'ad_group_key': 'ad_group_key'} %}
    {{- incremental_by_key(base_model, keys, 'period_start') }}
    with base as (
        {{ valid_landed_rows(base_model, keys) }}
    ),

    deduplicated as (
        {{ deduplicate_rows('base', keys.keys() | join(', '), '_source_file desc') }}
    ),

    final as (
        select
            -- ids
            {{ surrogate_key(['platform', 'campaign_key']) }} as ad_campaign_key,
            campaign_key as campaign_id,
            ad_group_key,
            -- dimensions
            platform,
            account_name_resolved as account_name,
            campaign_name,
            currency,
            -- dates
            period_start,
            period_end,
            -- measures
            impressions,
            clicks,
            spend_amount_local,
            spend_amount,
            conversions,
            -- lineage
            _source_file,
            _source_line,
            _loaded_at
        from deduplicated
    )

    select * from final
{%- endmacro %}


{% macro stage_deals(base_relation) -%}
    {#- HubSpot deals and Salesforce opportunities end in one CRM-neutral deal column set. -#}
    with base as (
        select * from {{ base_relation }}
        where not _is_layout_row and _reject_reason is null
    ),

    deduplicated as (
        {{ deduplicate_rows('base', 'deal_id', '_source_file desc') }}
    ),

    final as (
        select
            -- ids
            deal_id,
            contact_id,
            owner_hash,
            -- dimensions
            source_system,
            deal_name,
            deal_stage,
            deal_status,
            pipeline,
            team_name,
            lead_source,
            currency,
            -- measures
            amount_local,
            amount,
            -- dates
            created_at,
            closed_at,
            -- lineage
            _source_file,
            _loaded_at
        from deduplicated
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


{% macro stage_survey_responses(base_relation) -%}
    {#- NPS and CSAT responses (Typeform) end in one column set: one row per response_id, the
        newest export file winning. -#}
    with base as (
        select * from {{ base_relation }}
        where not _is_layout_row and _reject_reason is null
    ),

    deduplicated as (
        {{ deduplicate_rows('base', 'response_id', '_source_file desc') }}
    ),

    final as (
        select
            -- ids
            response_id,
            customer_id,
            -- dimensions
            response_type,
            -- measures
            score,
            -- dates
            submitted_at,
            -- lineage
            _source_file,
            _loaded_at
        from deduplicated
    )

    select * from final
{%- endmacro %}

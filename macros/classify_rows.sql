{% macro classify_rows(cte, required=[], checks=[], fx=none, not_in_future=[]) -%}
    {#- Final step of every base_ model: converts money to the reporting currency and gives each
        data row the first rule it breaks as _reject_reason (NULL = the row is good).
        Layout rows (footers, summary rows) carry _is_layout_row = true and no reject reason.
        - required: columns that must be present and parse (a NULL means missing or unparseable)
        - checks: list of [sql condition, reason] pairs, e.g. ["spend_amount_local < 0", "negative spend"]
        - fx: {"currency": col, "date": col, "amounts": {local_col: reporting_col, ...}}
        - not_in_future: activity date columns that cannot lie after today (a typo'd year) -#}
    select
        {{ cte }}.*,
        {%- if fx %}
        {%- for local_col, out_col in fx.amounts.items() %}
        cast({{ cte }}.{{ local_col }} * fx.rate_to_reporting as {{ api.Column.translate_type('decimal(38,6)') }}) as {{ out_col }},
        {%- endfor %}
        {%- endif %}
        case
            when {{ cte }}._is_layout_row then null
            {%- for col in required %}
            when {{ cte }}.{{ col }} is null then 'missing or unparseable {{ col }}'
            {%- endfor %}
            {%- for check in checks %}
            when {{ check[0] }} then '{{ check[1] }}'
            {%- endfor %}
            {%- for col in not_in_future %}
            when cast({{ cte }}.{{ col }} as date) > current_date then '{{ col }} in the future'
            {%- endfor %}
            {%- if fx %}
            when fx.rate_to_reporting is null then 'no FX rate for this currency and month'
            {%- endif %}
        end as _reject_reason
    from {{ cte }}
    {%- if fx %}
    {{ join_fx_rate('fx', cte ~ '.' ~ fx.currency, cte ~ '.' ~ fx.date) }}
    {%- endif %}
{%- endmacro %}


{% macro stage_ad_report(base_relation) -%}
    {#- The four ad platforms end in one column set (same names, types and order), so that
        int_ad_performance__unioned is a plain union all. One row per day and campaign. -#}
    with base as (
        select * from {{ base_relation }}
        where not _is_layout_row and _reject_reason is null
    ),

    deduplicated as (
        {{ deduplicate_rows('base', 'ad_date, campaign_id', '_source_file desc') }}
    ),

    final as (
        select
            -- ids
            {{ surrogate_key(['platform', 'campaign_id']) }} as ad_campaign_key,
            campaign_id,
            -- dimensions
            platform,
            account_name,
            campaign_name,
            currency,
            -- dates
            ad_date,
            -- measures
            impressions,
            clicks,
            spend_amount_local,
            spend_amount,
            conversions,
            -- lineage
            _source_file,
            _loaded_at
        from deduplicated
    )

    select * from final
{%- endmacro %}


{% macro classify_ad_rows(cte) -%}
    {#- The row rules shared by the four ad platforms' base models. -#}
    {{ classify_rows(
        cte,
        required=['ad_date', 'campaign_id', 'impressions', 'clicks', 'spend_amount_local'],
        checks=[
            [cte ~ '.spend_amount_local < 0', 'negative spend'],
            [cte ~ '.clicks > ' ~ cte ~ '.impressions', 'clicks above impressions']
        ],
        fx={'currency': 'currency', 'date': 'ad_date', 'amounts': {'spend_amount_local': 'spend_amount'}},
        not_in_future=['ad_date']
    ) }}
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

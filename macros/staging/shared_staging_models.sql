{#- The bodies of staging models that several sources share: each ad platform's campaign report,
    each CRM's deals, each survey's responses end in the same column set. -#}


{% macro stage_ad_report(base_model) -%}
    {#- The four ad platforms end in one column set (same names, types and order), so that
        int_ad_performance__unioned is a plain union all. One row per period and campaign at the
        level the export has (campaign, ad set / ad group or ad: ad_group_key, '' at campaign
        level); a row covers one day (period_start = period_end), the period of a Week / Month /
        Quarter segment, or the report period of an export without a time segment. Rows of a
        segment or breakdown (Device, Network, Age, Gender, Placement …) are summed. -#}
    {#- platform is constant within a model, and kept in the key -#}
    {%- set keys = {'platform': 'platform', 'period_start': 'period_start', 'period_end': 'period_end', 'campaign_key': 'campaign_id', 'ad_group_key': 'ad_group_key'} %}
    {#- pass-through columns: this platform's (summed if numbers, else as campaign_name), and NULL
        for the other platforms' aliases #}
    {%- set own = pass_through_columns(base_model | replace('base_', '', 1) | replace('__', '/')) %}
    {%- set own_aliases = own | map(attribute='alias') | list %}
    {%- set own_sums = own | rejectattr('type', 'equalto', 'text') | map(attribute='alias') | list %}
    {%- set own_texts = own | selectattr('type', 'equalto', 'text') | map(attribute='alias') | list %}
    {{- incremental_by_key(base_model, keys) }}
    with base as (
        {{ valid_landed_rows(base_model, keys, 'period_start') }}
    ),

    {#- segmented or broken-down rows (Device, Age …) of one key are summed #}
    deduplicated as (
        {{ sum_newest_export(
            'base',
            keys.keys() | list,
            ['impressions', 'clicks', 'spend_amount_local', 'spend_amount', 'conversions', 'conversion_value_amount'] + own_sums,
            ['account_name_resolved', 'campaign_name', 'currency'] + own_texts
        ) }}
    ),

    final as (
        select
            -- ids
            {{ surrogate_key(['platform', 'campaign_key']) }} as ad_campaign_key,
            campaign_key as campaign_id,
            -- '' at campaign level: the landing step writes '', a connector's table may hold NULL
            coalesce(ad_group_key, '') as ad_group_key,
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
            conversion_value_amount,
            -- pass-through columns (vars <platform>__campaign_report_pass_through_columns)
            {%- for column in ad_pass_through_columns() %}
            {%- if column.alias in own_aliases %}
            {{ column.alias }},
            {%- else %}
            cast(null as {{ column.sql_type }}) as {{ column.alias }},
            {%- endif %}
            {%- endfor %}
            -- lineage
            _source_file,
            _source_line,
            _loaded_at
        from deduplicated
    )

    select * from final
{%- endmacro %}


{% macro stage_deals(base_relation, contact_merges=none) -%}
    {#- HubSpot deals and Salesforce opportunities end in one CRM-neutral deal column set.
        contact_merges: the CRM's merged contacts (merged_contact_id, surviving_contact_id): a deal
        of a merged contact belongs to the surviving one. -#}
    with base as (
        select * from {{ base_relation }}
        where not _is_layout_row and _reject_reason is null
    ),

    newest as (
        {{ deduplicate_rows('base', 'deal_id', '_source_file desc') }}
    ),

    deduplicated as (
        {%- if contact_merges %}
        select
            newest.*,
            coalesce(merged.surviving_contact_id, newest.contact_id) as surviving_contact_id
        from newest
        left join {{ contact_merges }} as merged on newest.contact_id = merged.merged_contact_id
        {%- else %}
        select
            newest.*,
            newest.contact_id as surviving_contact_id
        from newest
        {%- endif %}
    ),

    final as (
        select
            -- ids
            deal_id,
            surviving_contact_id as contact_id,
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

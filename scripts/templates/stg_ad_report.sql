-- The four ad platforms end in one column set (same names, types and order), so that
-- int_ad_performance__unioned is a plain union all. One row per period and campaign at the level
-- the export has (campaign, ad set / ad group or ad: ad_group_key, '' at campaign level); a row
-- covers one day (period_start = period_end), the period of a Week / Month / Quarter segment, or
-- the report period of an export without a time segment. Rows of a segment or breakdown (Device,
-- Network, Age, Gender, Placement …) are summed. Incremental by key (macros/staging/incremental.sql).
{#- platform is constant within a model, and kept in the key -#}
{%- set keys = {
    'platform': 'platform', 'period_start': 'period_start', 'period_end': 'period_end',
    'campaign_key': 'campaign_id', 'ad_group_key': 'ad_group_key'
} %}
{#- pass-through columns: this platform's (summed if numbers, else as campaign_name), and NULL
    for the other platforms' aliases #}
{%- set own = pass_through_columns('__TABLE_KEY__') %}
{%- set own_aliases = own | map(attribute='alias') | list %}
{%- set own_sums = own | rejectattr('type', 'equalto', 'text') | map(attribute='alias') | list %}
{%- set own_texts = own | selectattr('type', 'equalto', 'text') | map(attribute='alias') | list %}
{{- incremental_by_key('__BASE_MODEL__', keys) }}
with base as (
    {{ valid_landed_rows('__BASE_MODEL__', keys, 'period_start') }}
),

-- segmented or broken-down rows (Device, Age …) of one key are summed
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

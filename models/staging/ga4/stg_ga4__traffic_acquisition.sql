-- One row per period_start × traffic_dimension (source / medium, or the default channel group) × traffic_campaign:
-- valid rows of base_ga4__traffic_acquisition, the newest export file winning, rows of a secondary
-- dimension summed.
{%- set keys = {'period_start': 'period_start', 'traffic_dimension': 'traffic_dimension', 'traffic_campaign': 'traffic_campaign'} %}
{{ incremental_by_key('base_ga4__traffic_acquisition', keys) }}
with base as (
    {{ valid_landed_rows('base_ga4__traffic_acquisition', keys, 'period_start') }}
),

-- rows of a secondary dimension (Device category, Country …) of one key are summed
deduplicated as (
    {{ sum_newest_export(
        'base',
        ['period_start', 'traffic_dimension', 'traffic_campaign'],
        ['sessions', 'engaged_sessions', 'active_users', 'new_users', 'views', 'event_count', 'key_events'],
        ['period_end', 'source_medium', 'channel_group', 'traffic_source', 'traffic_medium', '_columns_present']
    ) }}
),

final as (
    select
        -- ids
        {{ surrogate_key(
            ['deduplicated.period_start', 'deduplicated.traffic_dimension', 'deduplicated.traffic_campaign']
        ) }} as traffic_row_id,
        -- dimensions
        deduplicated.source_medium,
        deduplicated.channel_group,
        deduplicated.traffic_dimension,
        deduplicated.traffic_source,
        deduplicated.traffic_medium,
        deduplicated.traffic_campaign,
        coalesce(channel_map.channel, group_map.channel, 'Other') as channel,
        -- dates
        deduplicated.period_start,
        deduplicated.period_end,
        -- measures
        deduplicated.sessions,
        deduplicated.engaged_sessions,
        deduplicated.active_users,
        deduplicated.new_users,
        deduplicated.views,
        deduplicated.event_count,
        deduplicated.key_events,
        -- whether its export has the column (int_measures__exported: a KPI without it is NULL)
        {{ column_exported('engaged_sessions', 'deduplicated') }} as engaged_sessions_exported,
        {{ column_exported('new_users', 'deduplicated') }} as new_users_exported,
        -- lineage
        deduplicated._source_file,
        deduplicated._loaded_at
    from deduplicated
    {{ join_channel_map('channel_map', 'ga4_medium', 'deduplicated.traffic_medium') }}
    {{ join_channel_map('group_map', 'ga4_channel_group', 'deduplicated.channel_group') }}
)

select * from final

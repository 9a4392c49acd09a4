-- One row per period_start × source_medium × traffic_campaign: valid rows of base_ga4__traffic_acquisition, the newest export file winning.
with base as (
    select * from {{ ref('base_ga4__traffic_acquisition') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'period_start, source_medium, traffic_campaign', '_source_file desc') }}
),

final as (
    select
        -- ids
        {{ dbt.concat([dbt.cast("period_start", api.Column.translate_type("varchar")), "'|'", "source_medium", "'|'", "traffic_campaign"]) }} as traffic_row_id,
        -- dimensions
        source_medium,
        traffic_source,
        traffic_medium,
        traffic_campaign,
        coalesce(channel_map.channel, 'Other') as channel,
        -- dates
        period_start,
        period_end,
        -- measures
        sessions,
        engaged_sessions,
        active_users,
        new_users,
        views,
        event_count,
        key_events,
        -- lineage
        _source_file
    from deduplicated
    {{ join_channel_map('channel_map', 'ga4_medium', 'deduplicated.traffic_medium') }}
)

select * from final


    

    create  table
      "off"."main"."stg_ga4__traffic_acquisition"
  
    
    as (
      -- One row per period_start × traffic_dimension (source / medium, or the default channel group) × traffic_campaign:
-- valid rows of base_ga4__traffic_acquisition, the newest export file winning, rows of a secondary
-- dimension summed.

with base as (
    select landed.*
    from "off"."main"."base_ga4__traffic_acquisition" as landed
    where
        not landed._is_layout_row
        and landed._reject_reason is null
),

-- rows of a secondary dimension (Device category, Country …) of one key are summed
deduplicated as (
    
    select
        period_start,
        traffic_dimension,
        traffic_campaign,
        min(period_end) as period_end,
        min(source_medium) as source_medium,
        min(channel_group) as channel_group,
        min(traffic_source) as traffic_source,
        min(traffic_medium) as traffic_medium,
        sum(sessions) as sessions,
        sum(engaged_sessions) as engaged_sessions,
        sum(active_users) as active_users,
        sum(new_users) as new_users,
        sum(views) as views,
        sum(event_count) as event_count,
        sum(key_events) as key_events,
        min(_source_file) as _source_file,
        min(_source_line) as _source_line,
        max(_loaded_at) as _loaded_at,
        count(*) as _rows_summed
    from (
        select
            *,
            row_number() over (partition by period_start, traffic_dimension, traffic_campaign, _row_hash order by _source_line) as _copy_rank
        from (
            select
                *,
                max(_source_file) over (partition by period_start, traffic_dimension, traffic_campaign) as _newest_file
            from base
        ) as with_newest
        where _source_file = _newest_file
    ) as newest_rows
    where _copy_rank = 1
    group by period_start, traffic_dimension, traffic_campaign
),

final as (
    select
        -- ids
        
    cast(deduplicated.period_start as TEXT)
 || '|' || 
    cast(deduplicated.traffic_dimension as TEXT)
 || '|' || 
    cast(deduplicated.traffic_campaign as TEXT)
 as traffic_row_id,
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
        -- lineage
        deduplicated._source_file,
        deduplicated._loaded_at
    from deduplicated
    left join "off"."main"."channel_map" as channel_map
        on
            channel_map.match_type = 'ga4_medium'
            and channel_map.match_value = deduplicated.traffic_medium
    left join "off"."main"."channel_map" as group_map
        on
            group_map.match_type = 'ga4_channel_group'
            and group_map.match_value = deduplicated.channel_group
)

select * from final
    );
    
  
  
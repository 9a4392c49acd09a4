
    

    create  table
      "off"."main"."base_ga4__traffic_acquisition"
  
    
    as (
      -- Every landed row of the ga4 traffic_acquisition exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency and adds the FX rule.

    with landed as (
        select * from read_parquet('/tmp/wt35/warehouse/landing/ga4/traffic_acquisition/*.parquet', union_by_name=true) as landed_rows
    ),

    final as (
        select
            landed._source_file,
            landed._source_line,
            landed._loaded_at,
            landed._exported_at,
            landed.sessions,
            landed.source_medium,
            landed.channel_group,
            landed.traffic_campaign_raw,
            landed.engaged_sessions,
            landed.active_users,
            landed.new_users,
            landed.views,
            landed.event_count,
            landed.key_events,
            landed.ga4_date,
            landed.segment_month,
            landed.traffic_source,
            landed.traffic_medium,
            landed.traffic_campaign,
            landed.traffic_dimension,
            landed.period_start,
            landed.period_end,
            landed._is_layout_row,
            landed._raw_values,
            landed._row_hash,
            landed._segment,
            case
                when landed._reject_reason is not null then landed._reject_reason
            end as _reject_reason
        from landed
    )

    select * from final
    );
    
  
  
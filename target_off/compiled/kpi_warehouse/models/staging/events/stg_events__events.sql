-- One row per event_id: valid rows of base_events__events, the newest export file winning.
with base as (
    select * from "off"."main"."base_events__events"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by event_id order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- ids
        event_id,
        -- dimensions
        event_name,
        event_type,
        country_code,
        currency,
        -- dates
        event_date,
        -- measures
        registrants,
        attendees,
        target_attendees,
        cost_amount_local,
        cost_amount,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
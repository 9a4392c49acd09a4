-- One row per event_id: valid rows of base_events__events, the newest export file winning.
with base as (
    select * from {{ ref('base_events__events') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'event_id', '_source_file desc') }}
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

-- NPS and CSAT responses (Typeform) end in one column set: one row per response_id, the newest
-- export file winning.
with base as (
    select * from {{ ref('__BASE_MODEL__') }}
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

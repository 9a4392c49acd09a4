-- One row per quarter_start: valid rows of base_surveys__brand_awareness, the newest export file winning.
with base as (
    select * from {{ ref('base_surveys__brand_awareness') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'quarter_start', '_source_file desc') }}
),

final as (
    select
        -- keys
        quarter_start,
        -- measures
        respondents,
        aided_aware,
        unaided_aware,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final

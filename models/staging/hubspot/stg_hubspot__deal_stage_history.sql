-- One row per deal_id × deal_stage × entered_at: valid rows of base_hubspot__deal_stage_history, the newest export file winning.
with base as (
    select * from {{ ref('base_hubspot__deal_stage_history') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'deal_id, deal_stage, entered_at', '_source_file desc') }}
),

final as (
    select
        -- ids
        {{ surrogate_key(['deal_id', 'deal_stage', 'entered_at']) }} as deal_stage_entry_id,
        deal_id,
        -- dimensions
        deal_stage,
        change_source,
        -- dates
        entered_at,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final

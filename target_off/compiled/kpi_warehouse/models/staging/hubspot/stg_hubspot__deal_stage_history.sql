-- One row per deal_id × deal_stage × entered_at: valid rows of base_hubspot__deal_stage_history, the newest export file winning.
with base as (
    select * from "off"."main"."base_hubspot__deal_stage_history"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by deal_id, deal_stage, entered_at order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- ids
        
    cast(deal_id as TEXT)
 || '|' || 
    cast(deal_stage as TEXT)
 || '|' || 
    cast(entered_at as TEXT)
 as deal_stage_entry_id,
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
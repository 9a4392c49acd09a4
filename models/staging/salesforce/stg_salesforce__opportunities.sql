-- One row per deal_id: valid rows of base_salesforce__opportunities, the newest export file winning.
with base as (
    select * from {{ ref('base_salesforce__opportunities') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'deal_id', '_source_file desc') }}
),

final as (
    select
        -- ids
        deal_id,
        contact_id,
        owner_hash,
        -- dimensions
        source_system,
        deal_name,
        deal_stage,
        deal_status,
        pipeline,
        team_name,
        lead_source,
        currency,
        -- measures
        amount_local,
        amount,
        -- dates
        created_at,
        closed_at,
        -- lineage
        _source_file
    from deduplicated
)

select * from final

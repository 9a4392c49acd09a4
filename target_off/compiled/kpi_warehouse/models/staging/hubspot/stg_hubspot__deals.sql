-- One row per deal_id: valid rows of base_hubspot__deals, the newest export file winning; a deal
-- of a merged contact belongs to the surviving contact (stg_hubspot__contact_merges).
with base as (
        select * from "off"."main"."base_hubspot__deals"
        where not _is_layout_row and _reject_reason is null
    ),

    newest as (
        select *
    from (
        select
            *,
            row_number() over (partition by deal_id order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
    ),

    deduplicated as (
        select
            newest.*,
            coalesce(merged.surviving_contact_id, newest.contact_id) as surviving_contact_id
        from newest
        left join "off"."main"."stg_hubspot__contact_merges" as merged on newest.contact_id = merged.merged_contact_id
    ),

    final as (
        select
            -- ids
            deal_id,
            surviving_contact_id as contact_id,
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
            _source_file,
            _loaded_at
        from deduplicated
    )

    select * from final
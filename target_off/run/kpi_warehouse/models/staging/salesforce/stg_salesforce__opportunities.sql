
    

    create  table
      "off"."main"."stg_salesforce__opportunities__dbt_tmp"
  
    
    as (
      -- One row per deal_id: valid rows of base_salesforce__opportunities, the newest export file winning.
with base as (
        select * from "off"."main"."base_salesforce__opportunities"
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
            newest.contact_id as surviving_contact_id
        from newest
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
    );
    
  
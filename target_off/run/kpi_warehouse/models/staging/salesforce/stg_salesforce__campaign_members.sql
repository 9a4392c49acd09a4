
    

    create  table
      "off"."main"."stg_salesforce__campaign_members__dbt_tmp"
  
    
    as (
      -- One row per campaign × member: valid rows of base_salesforce__campaign_members, the newest export
-- file winning. A member is a touch when it responded (Responded ticked, or a First Responded
-- Date); an export without either column counts every member as responded (the owner exported the
-- members that matter). The touch is dated by the first response, else by the member's created date.
-- A member keyed by its lead before the lead converted, and by its contact since, is one member:
-- the lead's row is left out (stg_salesforce__lead_conversions).
with base as (
    select * from "off"."main"."base_salesforce__campaign_members"
    where not _is_layout_row and _reject_reason is null
),

lead_conversions as (
    select * from "off"."main"."stg_salesforce__lead_conversions"
),

newest as (
    select *
    from (
        select
            *,
            row_number() over (partition by campaign_name, member_key order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

deduplicated as (
    select newest.*
    from newest
    left join lead_conversions
        on newest.campaign_name = lead_conversions.campaign_name and newest.member_key = lead_conversions.member_key
    where lead_conversions.member_key is null
),

final as (
    select
        -- ids
        
    cast(campaign_name as TEXT)
 || '|' || 
    cast(member_key as TEXT)
 as campaign_member_id,
        member_key,
        contact_id,
        email_hash,
        campaign_id,
        -- dimensions
        campaign_name,
        campaign_type,
        member_type,
        member_status,
        -- flags
        coalesce(
            has_responded in ('1', 'true', 'yes', 'y', 'x', 'checked'),
            first_responded_at is not null,
            true
        ) as is_responded,
        -- dates
        member_created_at,
        first_responded_at,
        coalesce(first_responded_at, member_created_at) as touched_at,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
    );
    
  
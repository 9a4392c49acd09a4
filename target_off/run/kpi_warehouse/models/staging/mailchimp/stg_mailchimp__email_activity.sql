
    

    create  table
      "off"."main"."stg_mailchimp__email_activity"
  
    
    as (
      -- One row per campaign × recipient × action × time × link: valid rows of
-- base_mailchimp__email_activity, the newest export file winning. Incremental by campaign: a run
-- recomputes the campaigns of the exports landed since and those active in the lookback window.

with base as (
    select landed.*
    from "off"."main"."base_mailchimp__email_activity" as landed
    where
        not landed._is_layout_row
        and landed._reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by email_campaign_id, email_hash, activity_at, activity_action, clicked_url order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- ids
        
    cast(email_campaign_id as TEXT)
 || '|' || 
    cast(email_hash as TEXT)
 || '|' || 
    cast(activity_at as TEXT)
 || '|' || 
    cast(activity_action as TEXT)
 || '|' || 
    cast(coalesce(clicked_url, '') as TEXT)

            as email_activity_id,
        email_campaign_id,
        email_hash,
        -- dimensions
        activity_action,
        campaign_title,
        clicked_url,
        -- dates
        activity_at,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
    );
    
  
  
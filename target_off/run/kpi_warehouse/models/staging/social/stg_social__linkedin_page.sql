
    

    create  table
      "off"."main"."stg_social__linkedin_page"
  
    
    as (
      -- One row per stat_date: valid rows of base_social__linkedin_page, the newest export file winning.

with base as (
    select landed.*
    from "off"."main"."base_social__linkedin_page" as landed
    where
        not landed._is_layout_row
        and landed._reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by stat_date order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- keys
        stat_date,
        -- dimensions
        social_platform,
        -- measures
        impressions,
        reactions,
        comments,
        shares,
        new_followers,
        followers_total,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
    );
    
  
  
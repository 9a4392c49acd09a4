-- One row per stat_date: valid rows of base_social__linkedin_page, the newest export file winning.
with base as (
    select * from {{ ref('base_social__linkedin_page') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'stat_date', '_source_file desc') }}
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

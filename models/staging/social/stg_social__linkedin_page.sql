-- One row per stat_date: valid rows of base_social__linkedin_page, the newest export file winning.
{%- set keys = {'stat_date': 'stat_date'} %}
{{ incremental_by_key('base_social__linkedin_page', keys) }}
with base as (
    {{ valid_landed_rows('base_social__linkedin_page', keys, 'stat_date') }}
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

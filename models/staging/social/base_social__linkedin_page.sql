-- Every raw row of the LinkedIn page statistics, parsed, with its exclusion rule.
with source as (
    select * from {{ source('social', 'linkedin_page') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('social', 'linkedin_page')) }} as _loaded_at,
        {{ raw_values(source('social', 'linkedin_page')) }} as _raw_values,
        -- dimensions
        'linkedin' as social_platform,
        -- dates
        {{ parse_date('"Date"', ['%m/%d/%Y', '%Y-%m-%d']) }} as stat_date,
        -- measures
        {{ parse_integer('"Impressions (total)"') }} as impressions,
        {{ parse_integer('"Reactions (total)"') }} as reactions,
        {{ parse_integer('"Comments (total)"') }} as comments,
        {{ parse_integer('"Reposts (total)"') }} as shares,
        {{ parse_integer('"New followers"') }} as new_followers,
        {{ parse_integer('"Total followers"') }} as followers_total,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows('parsed', required=['stat_date', 'impressions', 'reactions', 'comments', 'shares', 'followers_total']) }}
)

select * from classified

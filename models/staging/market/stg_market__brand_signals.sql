-- One row per signal_month: valid rows of base_market__brand_signals, the newest export file winning.
with base as (
    select * from {{ ref('base_market__brand_signals') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'signal_month', '_source_file desc') }}
),

final as (
    select
        -- keys
        signal_month,
        -- measures
        social_mentions,
        branded_search_volume,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final

-- One row per quarter_start × market_region: valid rows of base_market__market_size, the newest export file winning.
with base as (
    select * from {{ ref('base_market__market_size') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'quarter_start, market_region', '_source_file desc') }}
),

final as (
    select
        -- ids
        {{ surrogate_key(['quarter_start', 'market_region']) }} as market_size_id,
        -- dimensions
        market_region,
        currency,
        -- dates
        quarter_start,
        -- measures
        total_market_revenue_local,
        total_market_revenue_amount,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final

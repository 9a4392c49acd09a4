-- One row per quarter_start × market_region: valid rows of base_market__market_size, the newest export file winning.
with base as (
    select * from "off"."main"."base_market__market_size"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by quarter_start, market_region order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- ids
        
    cast(quarter_start as TEXT)
 || '|' || 
    cast(market_region as TEXT)
 as market_size_id,
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
-- One row per expense_month × expense_category: valid rows of base_finance__expenses, the newest export file winning.
with base as (
    select * from "off"."main"."base_finance__expenses"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by expense_month, expense_category order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- ids
        
    cast(expense_month as TEXT)
 || '|' || 
    cast(expense_category as TEXT)
 as expense_id,
        -- dimensions
        expense_category,
        currency,
        -- dates
        expense_month,
        -- measures
        amount_local,
        amount,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
-- One row per expense_month × expense_category: valid rows of base_finance__expenses, the newest export file winning.
with base as (
    select * from {{ ref('base_finance__expenses') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'expense_month, expense_category', '_source_file desc') }}
),

final as (
    select
        -- ids
        {{ surrogate_key(['expense_month', 'expense_category']) }} as expense_id,
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

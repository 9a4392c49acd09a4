-- One row per invoice_id: valid rows of base_stripe__invoices, the newest export file winning.
with base as (
    select * from {{ ref('base_stripe__invoices') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'invoice_id', '_source_file desc') }}
),

final as (
    select
        -- ids
        invoice_id,
        invoice_number,
        customer_id,
        subscription_id,
        -- dimensions
        invoice_status,
        currency,
        -- measures
        amount_due_local,
        amount_due,
        amount_paid_local,
        amount_paid,
        -- dates
        invoiced_at,
        cast(invoiced_at as date) as invoice_date,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final

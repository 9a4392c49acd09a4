
    

    create  table
      "off"."main"."stg_stripe__invoices__dbt_tmp"
  
    
    as (
      -- One row per invoice_id: valid rows of base_stripe__invoices, the newest export file winning.
with base as (
    select * from "off"."main"."base_stripe__invoices"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by invoice_id order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
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
    );
    
  
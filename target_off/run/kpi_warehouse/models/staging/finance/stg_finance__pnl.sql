
    

    create  table
      "off"."main"."stg_finance__pnl__dbt_tmp"
  
    
    as (
      -- One row per pnl_month: valid rows of base_finance__pnl, the newest export file winning.
with base as (
    select * from "off"."main"."base_finance__pnl"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by pnl_month order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- keys
        pnl_month,
        -- dimensions
        currency,
        -- measures
        net_sales_local,
        net_sales_amount,
        net_income_local,
        net_income_amount,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
    );
    
  
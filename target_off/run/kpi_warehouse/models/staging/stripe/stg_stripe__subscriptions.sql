
    

    create  table
      "off"."main"."stg_stripe__subscriptions__dbt_tmp"
  
    
    as (
      -- One row per subscription_id: valid rows of base_stripe__subscriptions, the newest export file winning.
with base as (
    select * from "off"."main"."base_stripe__subscriptions"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by subscription_id order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- ids
        subscription_id,
        customer_id,
        contact_id,
        -- dimensions
        plan_id,
        subscription_status,
        billing_interval,
        currency,
        -- measures
        quantity,
        unit_amount_local,
        unit_amount,
        -- dates
        created_at,
        started_at,
        canceled_at,
        ended_at,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
    );
    
  
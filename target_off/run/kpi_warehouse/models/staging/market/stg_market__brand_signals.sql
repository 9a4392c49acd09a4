
    

    create  table
      "off"."main"."stg_market__brand_signals__dbt_tmp"
  
    
    as (
      -- One row per signal_month: valid rows of base_market__brand_signals, the newest export file winning.
with base as (
    select * from "off"."main"."base_market__brand_signals"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by signal_month order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
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
    );
    
  
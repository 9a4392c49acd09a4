
    

    create  table
      "off"."main"."quarantine_market__dbt_tmp"
  
    
    as (
      -- Rows of market exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'market__brand_signals' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_market__brand_signals"
    where _reject_reason is not null
    union all
    select
        'market__market_size' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_market__market_size"
    where _reject_reason is not null
    );
    
  

    

    create  table
      "off"."main"."quarantine_finance__dbt_tmp"
  
    
    as (
      -- Rows of finance exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'finance__expenses' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_finance__expenses"
    where _reject_reason is not null
    union all
    select
        'finance__pnl' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_finance__pnl"
    where _reject_reason is not null
    );
    
  
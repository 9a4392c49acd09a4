
    

    create  table
      "off"."main"."quarantine_stripe__dbt_tmp"
  
    
    as (
      -- Rows of stripe exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'stripe__invoices' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_stripe__invoices"
    where _reject_reason is not null
    union all
    select
        'stripe__subscriptions' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_stripe__subscriptions"
    where _reject_reason is not null
    );
    
  
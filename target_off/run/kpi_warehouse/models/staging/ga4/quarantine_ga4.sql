
    

    create  table
      "off"."main"."quarantine_ga4__dbt_tmp"
  
    
    as (
      -- Rows of ga4 exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'ga4__traffic_acquisition' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_ga4__traffic_acquisition"
    where _reject_reason is not null
    );
    
  
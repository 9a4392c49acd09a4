
    

    create  table
      "off"."main"."quarantine_surveys__dbt_tmp"
  
    
    as (
      -- Rows of surveys exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'surveys__brand_awareness' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_surveys__brand_awareness"
    where _reject_reason is not null
    union all
    select
        'surveys__csat_responses' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_surveys__csat_responses"
    where _reject_reason is not null
    union all
    select
        'surveys__nps_responses' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_surveys__nps_responses"
    where _reject_reason is not null
    );
    
  

    

    create  table
      "off"."main"."quarantine_social__dbt_tmp"
  
    
    as (
      -- Rows of social exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'social__linkedin_page' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_social__linkedin_page"
    where _reject_reason is not null
    );
    
  

    

    create  table
      "off"."main"."quarantine_linkedin_ads__dbt_tmp"
  
    
    as (
      -- Rows of linkedin_ads exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'linkedin_ads__campaign_report' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_linkedin_ads__campaign_report"
    where _reject_reason is not null
    );
    
  
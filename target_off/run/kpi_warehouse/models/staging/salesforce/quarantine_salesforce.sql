
    

    create  table
      "off"."main"."quarantine_salesforce__dbt_tmp"
  
    
    as (
      -- Rows of salesforce exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'salesforce__campaign_members' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_salesforce__campaign_members"
    where _reject_reason is not null
    union all
    select
        'salesforce__opportunities' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_salesforce__opportunities"
    where _reject_reason is not null
    );
    
  
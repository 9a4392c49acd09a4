
    

    create  table
      "off"."main"."quarantine_mailchimp__dbt_tmp"
  
    
    as (
      -- Rows of mailchimp exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'mailchimp__campaigns' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_mailchimp__campaigns"
    where _reject_reason is not null
    union all
    select
        'mailchimp__email_activity' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_mailchimp__email_activity"
    where _reject_reason is not null
    );
    
  
-- Rows of hubspot exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.

    select
        'hubspot__contacts' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_hubspot__contacts"
    where _reject_reason is not null
    union all
    select
        'hubspot__deal_stage_history' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_hubspot__deal_stage_history"
    where _reject_reason is not null
    union all
    select
        'hubspot__deals' as raw_table,
        _source_file,
        _source_line,
        _loaded_at,
        _reject_reason,
        _raw_values
    from "off"."main"."base_hubspot__deals"
    where _reject_reason is not null
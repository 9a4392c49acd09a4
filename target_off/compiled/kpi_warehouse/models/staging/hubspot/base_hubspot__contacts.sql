-- Every landed row of the hubspot contacts exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency, hashes personal data and adds the FX rule.

    with landed as (
        select * from read_parquet('/tmp/wt35/warehouse/landing/hubspot/contacts/*.parquet', union_by_name=true) as landed_rows
    ),

    final as (
        select
            landed._source_file,
            landed._source_line,
            landed._loaded_at,
            landed._exported_at,
            landed.contact_id,
            landed.created_at,
            landed.company_name,
            landed.country_code,
            landed.lifecycle_stage_raw,
            landed.original_source,
            landed.original_source_detail,
            landed.utm_campaign,
            landed.lead_score,
            landed.became_lead_at,
            landed.became_mql_at,
            landed.became_sql_at,
            landed.became_opportunity_at,
            landed.became_customer_at,
            landed.merged_contact_ids,
            landed._is_layout_row,
            landed._raw_values,
            landed._row_hash,
            landed._segment,
            md5(cast(lower(trim(landed.email)) as TEXT)) as email_hash,
            case
                when landed._reject_reason is not null then landed._reject_reason
            end as _reject_reason
        from landed
    )

    select * from final
-- Every landed row of the salesforce campaign_members exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- hashes personal data.

    with landed as (
        select * from read_parquet('/tmp/wt35/warehouse/landing/salesforce/campaign_members/*.parquet', union_by_name=true) as landed_rows
    ),

    final as (
        select
            landed._source_file,
            landed._source_line,
            landed._loaded_at,
            landed._exported_at,
            landed.campaign_name,
            landed.member_created_at,
            landed.contact_id,
            landed.salesforce_contact_id,
            landed.salesforce_lead_id,
            landed.campaign_id,
            landed.campaign_type,
            landed.member_type,
            landed.member_status,
            landed.has_responded,
            landed.first_responded_at,
            landed.member_key,
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
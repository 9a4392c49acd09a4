-- Every landed row of the mailchimp email_activity exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- hashes personal data.

    with landed as (
        select * from read_parquet('/tmp/wt35/warehouse/landing/mailchimp/email_activity/*.parquet', union_by_name=true) as landed_rows
    ),

    final as (
        select
            landed._source_file,
            landed._source_line,
            landed._loaded_at,
            landed._exported_at,
            landed.email_campaign_id,
            landed.activity_at,
            landed.activity_action_raw,
            landed.campaign_title,
            landed.clicked_url,
            landed.activity_action,
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
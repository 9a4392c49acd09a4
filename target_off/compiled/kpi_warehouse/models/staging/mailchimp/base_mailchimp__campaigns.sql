-- Every landed row of the mailchimp campaigns exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency and adds the FX rule.

    with landed as (
        select * from read_parquet('/tmp/wt35/warehouse/landing/mailchimp/campaigns/*.parquet', union_by_name=true) as landed_rows
    ),

    final as (
        select
            landed._source_file,
            landed._source_line,
            landed._loaded_at,
            landed._exported_at,
            landed.email_campaign_id,
            landed.sent_at,
            landed.sent,
            landed.delivered,
            landed.campaign_title,
            landed.subject_line,
            landed.audience_name,
            landed.soft_bounces,
            landed.hard_bounces,
            landed.bounces,
            landed.unique_opens,
            landed.total_opens,
            landed.unique_clicks,
            landed.total_clicks,
            landed.unsubscribes,
            landed.abuse_complaints,
            landed.open_rate_reported,
            landed.click_rate_reported,
            landed._is_layout_row,
            landed._raw_values,
            landed._row_hash,
            landed._segment,
            case
                when landed._reject_reason is not null then landed._reject_reason
            end as _reject_reason
        from landed
    )

    select * from final
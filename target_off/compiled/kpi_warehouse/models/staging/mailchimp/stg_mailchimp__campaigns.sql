-- One row per email_campaign_id: valid rows of base_mailchimp__campaigns, the newest export file winning.

with base as (
    select landed.*
    from "off"."main"."base_mailchimp__campaigns" as landed
    where
        not landed._is_layout_row
        and landed._reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by email_campaign_id order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- ids
        email_campaign_id,
        -- dimensions
        campaign_title,
        subject_line,
        audience_name,
        -- dates
        sent_at,
        cast(sent_at as date) as sent_date,
        -- measures
        sent,
        delivered,
        soft_bounces,
        hard_bounces,
        bounces,
        unique_opens,
        total_opens,
        unique_clicks,
        total_clicks,
        unsubscribes,
        abuse_complaints,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
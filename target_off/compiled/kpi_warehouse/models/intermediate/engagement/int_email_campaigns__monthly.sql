-- Email campaign results per send month (all Mailchimp campaigns are the Email channel).
with campaigns as (
    select * from "off"."main"."stg_mailchimp__campaigns"
),

final as (
    select
        cast(date_trunc('month', sent_at) as date) as period_month,
        'Email' as channel,
        count(*) as email_campaigns,
        cast(sum(sent) as bigint) as emails_sent,
        cast(sum(delivered) as bigint) as emails_delivered,
        cast(sum(bounces) as bigint) as email_bounces,
        cast(sum(unique_opens) as bigint) as unique_opens,
        cast(sum(unique_clicks) as bigint) as unique_clicks,
        cast(sum(unsubscribes) as bigint) as unsubscribes
    from campaigns
    group by cast(date_trunc('month', sent_at) as date)
)

select * from final
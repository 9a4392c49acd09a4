-- Email campaign results per send month (all Mailchimp campaigns are the Email channel).
with campaigns as (
    select * from {{ ref('stg_mailchimp__campaigns') }}
),

final as (
    select
        cast({{ dbt.date_trunc('month', 'sent_at') }} as date) as period_month,
        'Email' as channel,
        count(*) as email_campaigns,
        sum(sent) as emails_sent,
        sum(delivered) as emails_delivered,
        sum(bounces) as email_bounces,
        sum(unique_opens) as unique_opens,
        sum(unique_clicks) as unique_clicks,
        sum(unsubscribes) as unsubscribes
    from campaigns
    group by cast({{ dbt.date_trunc('month', 'sent_at') }} as date)
)

select * from final

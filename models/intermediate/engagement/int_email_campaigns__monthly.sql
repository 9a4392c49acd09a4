-- Email campaign results per send month (all Mailchimp campaigns are the Email channel).
with campaigns as (
    select * from {{ ref('stg_mailchimp__campaigns') }}
),

final as (
    select
        cast({{ dbt.date_trunc('month', 'sent_at') }} as date) as period_month,
        'Email' as channel,
        count(*) as email_campaigns,
        cast(sum(sent) as {{ dbt.type_bigint() }}) as emails_sent,
        cast(sum(delivered) as {{ dbt.type_bigint() }}) as emails_delivered,
        cast(sum(bounces) as {{ dbt.type_bigint() }}) as email_bounces,
        cast(sum(unique_opens) as {{ dbt.type_bigint() }}) as unique_opens,
        cast(sum(unique_clicks) as {{ dbt.type_bigint() }}) as unique_clicks,
        cast(sum(unsubscribes) as {{ dbt.type_bigint() }}) as unsubscribes
    from campaigns
    group by cast({{ dbt.date_trunc('month', 'sent_at') }} as date)
)

select * from final

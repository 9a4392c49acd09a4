-- Engagement KPIs per month × channel (catalog section 2): web metrics on every channel's row
-- (GA4), email metrics on the Email row (Mailchimp), social metrics on the Organic Social row
-- (LinkedIn page). A row exists for every month × channel seen in any of the three.
-- exported: whether the exports had the column behind each measure (a KPI without it is NULL, never 0)
with exported as (
    select * from {{ ref('int_measures__exported') }}
),

traffic as (
    select * from {{ ref('stg_ga4__traffic_acquisition') }}
),

email as (
    select * from {{ ref('int_email_campaigns__monthly') }}
),

-- GA4 per month × channel: a row of a report by Date counts in its day's month, a month's report
-- row in its month. Users are summed across the source / medium rows of a channel (GA4 counts a
-- user once per row), so unique_visitors slightly overcounts people who came through several
-- sources in a month.
web as (
    select
        cast({{ dbt.date_trunc('month', 'period_start') }} as date) as period_month,
        channel,
        cast(sum(sessions) as {{ dbt.type_bigint() }}) as sessions,
        cast(sum(engaged_sessions) as {{ dbt.type_bigint() }}) as engaged_sessions,
        cast(sum(sessions - engaged_sessions) as {{ dbt.type_bigint() }}) as bounced_sessions,
        cast(sum(active_users) as {{ dbt.type_bigint() }}) as unique_visitors,
        cast(sum(new_users) as {{ dbt.type_bigint() }}) as new_visitors,
        cast(sum(views) as {{ dbt.type_bigint() }}) as pageviews
    from traffic
    group by cast({{ dbt.date_trunc('month', 'period_start') }} as date), channel
),

social_days as (
    select * from {{ ref('stg_social__linkedin_page') }}
),

social as (
    select
        cast({{ dbt.date_trunc('month', 'stat_date') }} as date) as period_month,
        'Organic Social' as channel,
        cast(sum(impressions) as {{ dbt.type_bigint() }}) as social_impressions,
        cast(sum(reactions) as {{ dbt.type_bigint() }}) as social_reactions,
        cast(sum(comments) as {{ dbt.type_bigint() }}) as social_comments,
        cast(sum(shares) as {{ dbt.type_bigint() }}) as social_shares,
        cast(sum(new_followers) as {{ dbt.type_bigint() }}) as new_followers,
        -- followers at the start of the month = end of the first day minus that day's new followers
        min(followers_total - new_followers) as followers_start,
        max(followers_total) as followers_end
    from social_days
    group by cast({{ dbt.date_trunc('month', 'stat_date') }} as date)
),

keys as (
    select
        period_month,
        channel
    from web
    union
    select
        period_month,
        channel
    from email
    union
    select
        period_month,
        channel
    from social
),

joined as (
    select
        keys.period_month,
        keys.channel,
        coalesce(web.sessions, 0) as sessions,
        coalesce(web.engaged_sessions, 0) as engaged_sessions,
        case when exported.engaged_sessions_exported then coalesce(web.bounced_sessions, 0) end as bounced_sessions,
        coalesce(web.unique_visitors, 0) as unique_visitors,
        case when exported.new_users_exported then coalesce(web.new_visitors, 0) end as new_visitors,
        coalesce(web.pageviews, 0) as pageviews,
        coalesce(email.email_campaigns, 0) as email_campaigns,
        coalesce(email.emails_sent, 0) as emails_sent,
        case when exported.emails_delivered_exported then coalesce(email.emails_delivered, 0) end as emails_delivered,
        case when exported.email_bounces_exported then coalesce(email.email_bounces, 0) end as email_bounces,
        case when exported.unique_opens_exported then coalesce(email.unique_opens, 0) end as unique_opens,
        case when exported.unique_clicks_exported then coalesce(email.unique_clicks, 0) end as unique_clicks,
        case when exported.unsubscribes_exported then coalesce(email.unsubscribes, 0) end as unsubscribes,
        coalesce(social.social_impressions, 0) as social_impressions,
        coalesce(social.social_reactions, 0) as social_reactions,
        coalesce(social.social_comments, 0) as social_comments,
        coalesce(social.social_shares, 0) as social_shares,
        social.followers_start,
        social.followers_end
    from keys
    left join web on keys.period_month = web.period_month and keys.channel = web.channel
    left join email on keys.period_month = email.period_month and keys.channel = email.channel
    left join social on keys.period_month = social.period_month and keys.channel = social.channel
    cross join exported
),

final as (
    select
        -- grain
        period_month as period_start,
        'month' as period_grain,
        channel,
        -- web counts
        sessions,
        engaged_sessions,
        bounced_sessions,
        unique_visitors,
        new_visitors,
        pageviews,
        -- email counts
        email_campaigns,
        emails_sent,
        emails_delivered,
        email_bounces,
        unique_opens,
        unique_clicks,
        unsubscribes,
        -- social counts
        social_impressions,
        social_reactions,
        social_comments,
        social_shares,
        social_reactions + social_comments + social_shares as social_engagements,
        followers_start,
        followers_end,
        followers_end - followers_start as follower_change,
        -- KPIs
        {{ ratio('bounced_sessions', 'sessions') }} as bounce_rate,
        {{ ratio('unique_opens', 'emails_delivered') }} as email_open_rate,
        {{ ratio('unique_clicks', 'emails_delivered') }} as email_click_rate,
        {{ ratio('unique_clicks', 'unique_opens') }} as email_click_to_open_rate,
        {{ ratio('email_bounces', 'emails_sent') }} as email_bounce_rate,
        {{ ratio('unsubscribes', 'emails_delivered') }} as email_unsubscribe_rate,
        {{ ratio('social_reactions + social_comments + social_shares', 'social_impressions') }}
            as social_engagement_rate,
        {{ ratio('followers_end - followers_start', 'followers_start') }} as follower_growth_rate
    from joined
)

select * from final

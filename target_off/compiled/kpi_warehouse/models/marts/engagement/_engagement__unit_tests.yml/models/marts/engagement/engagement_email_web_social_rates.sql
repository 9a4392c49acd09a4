-- Engagement KPIs per month × channel (catalog section 2): web metrics on every channel's row
-- (GA4), email metrics on the Email row (Mailchimp), social metrics on the Organic Social row
-- (LinkedIn page). A row exists for every month × channel seen in any of the three.
with  __dbt__cte__int_web_traffic__monthly_channel as (

-- Fixture for int_web_traffic__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_month", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(100 as BIGINT)
 as "sessions", 
    
    cast(60 as BIGINT)
 as "engaged_sessions", 
    
    cast(40 as BIGINT)
 as "bounced_sessions", 
    
    cast(80 as BIGINT)
 as "unique_visitors", 
    
    cast(50 as BIGINT)
 as "new_visitors", 
    
    cast(240 as BIGINT)
 as "pageviews", cast(null as BIGINT) as "key_events"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "period_month", 
    
    cast('Referral' as character varying)
 as "channel", 
    
    cast(0 as BIGINT)
 as "sessions", 
    
    cast(0 as BIGINT)
 as "engaged_sessions", 
    
    cast(0 as BIGINT)
 as "bounced_sessions", 
    
    cast(0 as BIGINT)
 as "unique_visitors", 
    
    cast(0 as BIGINT)
 as "new_visitors", 
    
    cast(0 as BIGINT)
 as "pageviews", cast(null as BIGINT) as "key_events"
),  __dbt__cte__int_email_campaigns__monthly as (

-- Fixture for int_email_campaigns__monthly
select 
    
    cast('2025-01-01' as DATE)
 as "period_month", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(2 as BIGINT)
 as "email_campaigns", 
    
    cast(1000 as BIGINT)
 as "emails_sent", 
    
    cast(980 as BIGINT)
 as "emails_delivered", 
    
    cast(20 as BIGINT)
 as "email_bounces", 
    
    cast(245 as BIGINT)
 as "unique_opens", 
    
    cast(49 as BIGINT)
 as "unique_clicks", 
    
    cast(2 as BIGINT)
 as "unsubscribes"
),  __dbt__cte__stg_social__linkedin_page as (

-- Fixture for stg_social__linkedin_page
select 
    
    cast('2025-01-01' as DATE)
 as "stat_date", cast(null as character varying(256)) as "social_platform", 
    
    cast(1000 as BIGINT)
 as "impressions", 
    
    cast(20 as BIGINT)
 as "reactions", 
    
    cast(3 as BIGINT)
 as "comments", 
    
    cast(2 as BIGINT)
 as "shares", 
    
    cast(10 as BIGINT)
 as "new_followers", 
    
    cast(1010 as BIGINT)
 as "followers_total", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2025-01-02' as DATE)
 as "stat_date", cast(null as character varying(256)) as "social_platform", 
    
    cast(0 as BIGINT)
 as "impressions", 
    
    cast(0 as BIGINT)
 as "reactions", 
    
    cast(0 as BIGINT)
 as "comments", 
    
    cast(0 as BIGINT)
 as "shares", 
    
    cast(20 as BIGINT)
 as "new_followers", 
    
    cast(1030 as BIGINT)
 as "followers_total", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
), web as (
    select * from __dbt__cte__int_web_traffic__monthly_channel
),

email as (
    select * from __dbt__cte__int_email_campaigns__monthly
),

social_days as (
    select * from __dbt__cte__stg_social__linkedin_page
),

social as (
    select
        cast(date_trunc('month', stat_date) as date) as period_month,
        'Organic Social' as channel,
        cast(sum(impressions) as bigint) as social_impressions,
        cast(sum(reactions) as bigint) as social_reactions,
        cast(sum(comments) as bigint) as social_comments,
        cast(sum(shares) as bigint) as social_shares,
        cast(sum(new_followers) as bigint) as new_followers,
        -- followers at the start of the month = end of the first day minus that day's new followers
        min(followers_total - new_followers) as followers_start,
        max(followers_total) as followers_end
    from social_days
    group by cast(date_trunc('month', stat_date) as date)
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
        coalesce(web.bounced_sessions, 0) as bounced_sessions,  -- noqa: LT05
        coalesce(web.unique_visitors, 0) as unique_visitors,
        coalesce(web.new_visitors, 0) as new_visitors,
        coalesce(web.pageviews, 0) as pageviews,
        coalesce(email.email_campaigns, 0) as email_campaigns,
        coalesce(email.emails_sent, 0) as emails_sent,
        coalesce(email.emails_delivered, 0) as emails_delivered,  -- noqa: LT05
        coalesce(email.email_bounces, 0) as email_bounces,
        coalesce(email.unique_opens, 0) as unique_opens,
        coalesce(email.unique_clicks, 0) as unique_clicks,
        coalesce(email.unsubscribes, 0) as unsubscribes,
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
        case
        when sessions is null or sessions = 0 or bounced_sessions is null then null
        else cast(cast(bounced_sessions as decimal(38,10)) * 1 / cast(sessions as decimal(38,10)) as decimal(38,10))
    end as bounce_rate,
        case
        when emails_delivered is null or emails_delivered = 0 or unique_opens is null then null
        else cast(cast(unique_opens as decimal(38,10)) * 1 / cast(emails_delivered as decimal(38,10)) as decimal(38,10))
    end as email_open_rate,
        case
        when emails_delivered is null or emails_delivered = 0 or unique_clicks is null then null
        else cast(cast(unique_clicks as decimal(38,10)) * 1 / cast(emails_delivered as decimal(38,10)) as decimal(38,10))
    end as email_click_rate,
        case
        when unique_opens is null or unique_opens = 0 or unique_clicks is null then null
        else cast(cast(unique_clicks as decimal(38,10)) * 1 / cast(unique_opens as decimal(38,10)) as decimal(38,10))
    end as email_click_to_open_rate,
        case
        when emails_sent is null or emails_sent = 0 or email_bounces is null then null
        else cast(cast(email_bounces as decimal(38,10)) * 1 / cast(emails_sent as decimal(38,10)) as decimal(38,10))
    end as email_bounce_rate,
        case
        when emails_delivered is null or emails_delivered = 0 or unsubscribes is null then null
        else cast(cast(unsubscribes as decimal(38,10)) * 1 / cast(emails_delivered as decimal(38,10)) as decimal(38,10))
    end as email_unsubscribe_rate,
        case
        when social_impressions is null or social_impressions = 0 or social_reactions + social_comments + social_shares is null then null
        else cast(cast(social_reactions + social_comments + social_shares as decimal(38,10)) * 1 / cast(social_impressions as decimal(38,10)) as decimal(38,10))
    end
            as social_engagement_rate,
        case
        when followers_start is null or followers_start = 0 or followers_end - followers_start is null then null
        else cast(cast(followers_end - followers_start as decimal(38,10)) * 1 / cast(followers_start as decimal(38,10)) as decimal(38,10))
    end as follower_growth_rate
    from joined
)

select * from final
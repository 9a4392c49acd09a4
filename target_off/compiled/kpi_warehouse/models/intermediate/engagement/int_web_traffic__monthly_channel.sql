-- Web traffic per month × channel, summed from GA4 source / medium / campaign rows (a row of a
-- report by Date counts in its day's month; a month's report row in its month).
-- Users are summed across source rows of a channel (GA4 counts a user once per row), so
-- unique_visitors slightly overcounts people who came through several sources in a month.
with traffic as (
    select * from "off"."main"."stg_ga4__traffic_acquisition"
),

final as (
    select
        cast(date_trunc('month', period_start) as date) as period_month,
        channel,
        cast(sum(sessions) as bigint) as sessions,
        cast(sum(engaged_sessions) as bigint) as engaged_sessions,
        cast(sum(sessions - engaged_sessions) as bigint) as bounced_sessions,
        cast(sum(active_users) as bigint) as unique_visitors,
        cast(sum(new_users) as bigint) as new_visitors,
        cast(sum(views) as bigint) as pageviews,
        cast(sum(key_events) as bigint) as key_events
    from traffic
    group by cast(date_trunc('month', period_start) as date), channel
)

select * from final
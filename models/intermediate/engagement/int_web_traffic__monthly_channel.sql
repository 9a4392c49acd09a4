-- Web traffic per month × channel, summed from GA4 source / medium / campaign rows.
-- Users are summed across source rows of a channel (GA4 counts a user once per row), so
-- unique_visitors slightly overcounts people who came through several sources in a month.
with traffic as (
    select * from {{ ref('stg_ga4__traffic_acquisition') }}
),

final as (
    select
        period_start as period_month,
        channel,
        sum(sessions) as sessions,
        sum(engaged_sessions) as engaged_sessions,
        sum(sessions - engaged_sessions) as bounced_sessions,
        sum(active_users) as unique_visitors,
        sum(new_users) as new_visitors,
        sum(views) as pageviews,
        sum(key_events) as key_events
    from traffic
    group by period_start, channel
)

select * from final

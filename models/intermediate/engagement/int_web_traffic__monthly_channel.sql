-- Web traffic per month × channel, summed from GA4 source / medium / campaign rows (a row of a
-- report by Date counts in its day's month; a month's report row in its month).
-- Users are summed across source rows of a channel (GA4 counts a user once per row), so
-- unique_visitors slightly overcounts people who came through several sources in a month.
with traffic as (
    select * from {{ ref('stg_ga4__traffic_acquisition') }}
),

final as (
    select
        cast({{ dbt.date_trunc('month', 'period_start') }} as date) as period_month,
        channel,
        cast(sum(sessions) as {{ dbt.type_bigint() }}) as sessions,
        cast(sum(engaged_sessions) as {{ dbt.type_bigint() }}) as engaged_sessions,
        cast(sum(sessions - engaged_sessions) as {{ dbt.type_bigint() }}) as bounced_sessions,
        cast(sum(active_users) as {{ dbt.type_bigint() }}) as unique_visitors,
        cast(sum(new_users) as {{ dbt.type_bigint() }}) as new_visitors,
        cast(sum(views) as {{ dbt.type_bigint() }}) as pageviews,
        cast(sum(key_events) as {{ dbt.type_bigint() }}) as key_events
    from traffic
    group by cast({{ dbt.date_trunc('month', 'period_start') }} as date), channel
)

select * from final

-- One row per day from var('calendar_start') to a year after today: the days a period row of an
-- ad export without a day segment is spread over (int_ad_performance__unioned).
with spine as (
    {{ dbt.date_spine(
        'day',
        "cast('" ~ var('calendar_start') ~ "' as date)",
        dbt.dateadd('day', 366, dbt.date_trunc('day', dbt.current_timestamp())),
    ) }}
),

final as (
    select cast(date_day as date) as calendar_date
    from spine
)

select * from final

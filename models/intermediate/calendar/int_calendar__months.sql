-- One row per month from var('calendar_start') to twelve months after today: the spine of every
-- month-by-month model (customers at period start and end, open pipeline at period end, MRR), so
-- a month in which nothing happened still has a row. Models trim it to the months of their data.
with spine as (
    {{ dbt.date_spine(
        'month',
        "cast('" ~ var('calendar_start') ~ "' as date)",
        dbt.dateadd('month', 12, dbt.date_trunc('month', dbt.current_timestamp())),
    ) }}
),

final as (
    select
        cast(date_month as date) as period_start,
        cast({{ dbt.dateadd('month', 1, 'date_month') }} as date) as next_period_start,
        cast({{ dbt.dateadd('month', -1, 'date_month') }} as date) as previous_period_start,
        cast({{ dbt.dateadd('month', -12, 'date_month') }} as date) as year_ago_period_start
    from spine
)

select * from final

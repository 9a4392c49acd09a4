-- The day spine MetricFlow needs (metric_time): 2015-01-01 plus 0..9999 days, built from a cross
-- join of ten digits so it runs unchanged on DuckDB, Postgres and Spark (no generate_series).
{%- set digit_rows = [] %}
{%- for n in range(10) %}{% do digit_rows.append('select ' ~ n ~ ' as digit') %}{% endfor %}
with digits as (
    {{ digit_rows | join('\n    union all\n    ') }}
),

day_numbers as (
    select ones.digit + 10 * tens.digit + 100 * hundreds.digit + 1000 * thousands.digit as day_number
    from digits as ones
    cross join digits as tens
    cross join digits as hundreds
    cross join digits as thousands
),

final as (
    select cast({{ dbt.dateadd('day', 'day_number', "cast('" ~ var('calendar_start') ~ "' as date)") }} as date) as date_day
    from day_numbers
)

select * from final

-- The day spine MetricFlow needs (metric_time): 2015-01-01 plus 0..9999 days, built from a cross
-- join of ten digits so it runs unchanged on DuckDB, Postgres and Spark (no generate_series).
with digits as (
    select 0 as digit
    union all
    select 1 as digit
    union all
    select 2 as digit
    union all
    select 3 as digit
    union all
    select 4 as digit
    union all
    select 5 as digit
    union all
    select 6 as digit
    union all
    select 7 as digit
    union all
    select 8 as digit
    union all
    select 9 as digit
),

day_numbers as (
    select ones.digit + 10 * tens.digit + 100 * hundreds.digit + 1000 * thousands.digit as day_number
    from digits as ones
    cross join digits as tens
    cross join digits as hundreds
    cross join digits as thousands
),

final as (
    select cast(

    (cast('2015-01-01' as date) + cast(day_number as bigint) * interval 1 day) as date) as date_day
    from day_numbers
)

select * from final
-- One row per day from var('calendar_start') to a year after today: the days a period row of an
-- ad export without a day segment is spread over (int_ad_performance__unioned).
with spine as (
    


    


    with rawdata as (

        
    select
        generate_series as generated_number
    from generate_series(1, 4722)


    ),

    all_periods as (

        select (
            

    (cast('2015-01-01' as date) + cast(row_number() over (order by 1) - 1 as bigint) * interval 1 day)
        ) as date_day
        from rawdata

    ),

    filtered as (

        select *
        from all_periods
        where date_day <= 

    (date_trunc('day', now()) + cast(366 as bigint) * interval 1 day)

    )

    select * from filtered


),

final as (
    select cast(date_day as date) as calendar_date
    from spine
)

select * from final
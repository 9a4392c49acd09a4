
    

    create  table
      "off"."main"."int_calendar__months__dbt_tmp"
  
    
    as (
      -- One row per month from var('calendar_start') to twelve months after today: the spine of every
-- month-by-month model (customers at period start and end, open pipeline at period end, MRR), so
-- a month in which nothing happened still has a row. Models trim it to the months of their data.
with spine as (
    


    


    with rawdata as (

        
    select
        generate_series as generated_number
    from generate_series(1, 155)


    ),

    all_periods as (

        select (
            

    (cast('2015-01-01' as date) + cast(row_number() over (order by 1) - 1 as bigint) * interval 1 month)
        ) as date_month
        from rawdata

    ),

    filtered as (

        select *
        from all_periods
        where date_month <= 

    (date_trunc('month', now()) + cast(12 as bigint) * interval 1 month)

    )

    select * from filtered


),

final as (
    select
        cast(date_month as date) as period_start,
        cast(

    (date_month + cast(1 as bigint) * interval 1 month) as date) as next_period_start,
        cast(

    (date_month + cast(-1 as bigint) * interval 1 month) as date) as previous_period_start,
        cast(

    (date_month + cast(-12 as bigint) * interval 1 month) as date) as year_ago_period_start
    from spine
)

select * from final
    );
    
  
-- Each segment type of kpi_retention splits segment 'all' without loss or double counting: for
-- every month, the channel segments and the country segments add up to segment 'all' in every
-- customer and response count. Returns the month, segment type, measure, expected and actual.
with retention as (
    select * from "off"."marts"."kpi_retention"
),

measures as (
        select
            period_start,
            segment_type,
            'customers_at_start' as measure_name,
            customers_at_start as measure_value
        from retention
            union all
        select
            period_start,
            segment_type,
            'customers_lost' as measure_name,
            customers_lost as measure_value
        from retention
            union all
        select
            period_start,
            segment_type,
            'customers_retained' as measure_name,
            customers_retained as measure_value
        from retention
            union all
        select
            period_start,
            segment_type,
            'new_customers' as measure_name,
            new_customers as measure_value
        from retention
            union all
        select
            period_start,
            segment_type,
            'customers_at_end' as measure_name,
            customers_at_end as measure_value
        from retention
            union all
        select
            period_start,
            segment_type,
            'nps_responses' as measure_name,
            nps_responses as measure_value
        from retention
            union all
        select
            period_start,
            segment_type,
            'promoters' as measure_name,
            promoters as measure_value
        from retention
            union all
        select
            period_start,
            segment_type,
            'detractors' as measure_name,
            detractors as measure_value
        from retention
            union all
        select
            period_start,
            segment_type,
            'csat_responses' as measure_name,
            csat_responses as measure_value
        from retention
),

totals as (
    select
        period_start,
        segment_type,
        measure_name,
        sum(measure_value) as measure_total
    from measures
    group by period_start, segment_type, measure_name
),

final as (
    select
        segment_totals.period_start,
        segment_totals.segment_type,
        segment_totals.measure_name,
        all_totals.measure_total as expected_value,
        segment_totals.measure_total as actual_value
    from totals as segment_totals
    inner join totals as all_totals
        on
            segment_totals.period_start = all_totals.period_start
            and segment_totals.measure_name = all_totals.measure_name
            and all_totals.segment_type = 'all'
    where
        segment_totals.segment_type <> 'all'
        and segment_totals.measure_total <> all_totals.measure_total
)

select * from final
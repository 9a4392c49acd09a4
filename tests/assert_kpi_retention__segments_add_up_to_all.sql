-- Each segment type of kpi_retention splits segment 'all' without loss or double counting: for
-- every month, the channel segments and the country segments add up to segment 'all' in every
-- customer and response count. Returns the month, segment type, measure, expected and actual.
{%- set measures = [
    'customers_at_start', 'customers_lost', 'customers_retained', 'new_customers',
    'customers_at_end', 'nps_responses', 'promoters', 'detractors', 'csat_responses',
] %}
with retention as (
    select * from {{ ref('kpi_retention') }}
),

measures as (
    {%- for measure in measures %}
        select
            period_start,
            segment_type,
            '{{ measure }}' as measure_name,
            {{ measure }} as measure_value
        from retention
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
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

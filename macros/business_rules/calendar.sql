{% macro fiscal_quarter_start(date_expr) -%}
    {#- First day of the fiscal quarter holding date_expr. Fiscal quarters start on
        var('fiscal_year_start_month') and every third month after it (11 -> Nov, Feb, May, Aug). -#}
    cast({{ dbt.dateadd(
        'month',
        '-1 * ((extract(month from ' ~ date_expr ~ ') - ' ~ var('fiscal_year_start_month') ~ ' + 12) % 3)',
        dbt.date_trunc('month', date_expr),
    ) }} as date)
{%- endmacro %}


{% macro complete_grid(relations, period_column, dimension) -%}
    {#- Every period × every dimension value seen in any of the relations (so a channel with no
        activity in a month still gets a row with zero counts and NULL rates). -#}
    with keys as (
        {%- for relation in relations %}
        select
            {{ period_column }},
            {{ dimension }}
        from {{ relation }}
        {%- if not loop.last %}
        union
        {%- endif %}
        {%- endfor %}
    )

    select
        periods.{{ period_column }},
        dimension_values.{{ dimension }}
    from (select distinct keys.{{ period_column }} from keys) as periods
    cross join (select distinct keys.{{ dimension }} from keys) as dimension_values
{%- endmacro %}


{% macro calendar_months_covering(data_months) -%}
    {#- The continuous run of months of int_calendar__months from the first to the last
        period_start of the data_months relation: months with no data inside the range get a row. -#}
    select
        calendar.period_start,
        calendar.next_period_start
    from {{ ref('int_calendar__months') }} as calendar
    where
        calendar.period_start >= (select min(data_months.period_start) from {{ data_months }} as data_months)
        and calendar.period_start <= (select max(data_months.period_start) from {{ data_months }} as data_months)
{%- endmacro %}

{% macro join_fx_rate(alias, currency_expr, date_expr) -%}
    {#- Joins the FX seed: rate_to_reporting converts an amount in currency_expr at the month of
        date_expr into var('reporting_currency'); an amount already in the reporting currency has
        rate 1 whether or not the seed covers the month. No rate (unknown currency, month outside
        the table) gives a NULL rate, which staging turns into a rejected row. -#}
    left join (
        select
            cast(null as date) as rate_month,
            '{{ var("reporting_currency") }}' as currency_code,
            cast(1 as {{ dbt.type_numeric() }}) as rate_to_reporting,
            true as is_reporting_currency
        union all
        select
            local_rate.rate_month,
            local_rate.currency_code,
            cast(reporting_rate.units_per_usd as {{ dbt.type_numeric() }})
            / cast(local_rate.units_per_usd as {{ dbt.type_numeric() }}) as rate_to_reporting,
            false as is_reporting_currency
        from {{ ref('fx_rates') }} as local_rate
        inner join {{ ref('fx_rates') }} as reporting_rate
            on
                local_rate.rate_month = reporting_rate.rate_month
                and reporting_rate.currency_code = '{{ var("reporting_currency") }}'
        where local_rate.currency_code <> '{{ var("reporting_currency") }}'
    ) as {{ alias }}
        on
            {{ alias }}.currency_code = upper({{ currency_expr }})
            and (
                {{ alias }}.is_reporting_currency
                or {{ alias }}.rate_month = cast({{ dbt.date_trunc('month', date_expr) }} as date)
            )
{%- endmacro %}


{% macro join_channel_map(alias, match_type, value_expr) -%}
    {#- Maps a source/medium, CRM original source or ad platform to a channel via the user-edited
        seed channel_map; unmapped values read as channel 'Other' (coalesce at the use site). -#}
    left join {{ ref('channel_map') }} as {{ alias }}
        on
            {{ alias }}.match_type = '{{ match_type }}'
            and {{ alias }}.match_value = {{ value_expr }}
{%- endmacro %}


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

{% macro scorecard_marts() -%}
    {#- How kpi_scorecard reads each family mart: the column that holds the channel (if any),
        filters for the whole-company rows and the channel rows, and whether the mart has a single
        row per period (then the whole-company value is the mart's own). -#}
    {{ return({
        'kpi_lead_generation': {'channel': 'channel'},
        'kpi_lead_generation_events': {},
        'kpi_engagement': {'channel': 'channel'},
        'kpi_paid_media_monthly': {},
        'kpi_sales_funnel': {'channel': 'channel'},
        'kpi_revenue': {'one_row_per_period': true},
        'kpi_revenue_by_channel': {'channel': 'channel'},
        'kpi_retention': {'channel': 'segment', 'all_filter': "segment_type = 'all'", 'channel_filter': "segment_type = 'channel'"},
        'kpi_brand_market': {'one_row_per_period': true},
    }) }}
{%- endmacro %}


{% macro kpi_registry_rows() -%}
    {#- The KPI registry seed as a list of dicts, read when the model runs (empty while parsing). -#}
    {%- set rows = [] %}
    {%- if execute %}
        {%- set result = run_query('select * from ' ~ ref('kpi_registry') ~ ' order by kpi_name') %}
        {%- for row in result.rows %}
            {%- set item = {} %}
            {%- for name in result.column_names %}{% do item.update({name: row[name]}) %}{% endfor %}
            {%- do rows.append(item) %}
        {%- endfor %}
    {%- endif %}
    {{ return(rows) }}
{%- endmacro %}


{% macro scorecard_kpi_rows(kpi) -%}
    {#- The month (or native quarter) rows of one KPI: the whole company ('all') and, where the
        mart has one, each channel. Ratio KPIs carry their summed numerator and denominator so that
        longer periods are recomputed from parts. -#}
    {%- set cfg = scorecard_marts()[kpi.mart] %}
    {%- set grain = 'quarter' if kpi.rollup == 'quarter' else 'month' %}
    {%- set is_ratio = kpi.rollup == 'ratio' %}
    {%- set num = kpi.numerator if is_ratio else kpi.value_column %}
    {%- set den = kpi.denominator if is_ratio else 'null' %}
    {%- set mult = kpi.multiplier if is_ratio else 1 %}
    {#- whole company: one row per period; additive and ratio KPIs are summed over the mart's rows,
        others only where the mart has a single row per period -#}
    {%- if cfg.get('channel') is none or cfg.get('all_filter') or kpi.rollup != 'none' %}
    select
        '{{ kpi.kpi_name }}' as kpi_name,
        '{{ grain }}' as period_grain,
        period_start,
        'all' as channel,
        {%- if is_ratio %}
        cast({{ ratio(complete_sum(num), complete_sum(den), mult) }} as {{ scorecard_number() }}) as kpi_value,
        cast({{ complete_sum(num) }} as {{ scorecard_number() }}) as numerator,
        cast({{ complete_sum(den) }} as {{ scorecard_number() }}) as denominator
        {%- elif kpi.rollup in ('sum', 'last') %}
        cast({{ complete_sum(num) }} as {{ scorecard_number() }}) as kpi_value,
        cast(null as {{ scorecard_number() }}) as numerator,
        cast(null as {{ scorecard_number() }}) as denominator
        {%- else %}
        cast(max({{ num }}) as {{ scorecard_number() }}) as kpi_value,
        cast(null as {{ scorecard_number() }}) as numerator,
        cast(null as {{ scorecard_number() }}) as denominator
        {%- endif %}
    from {{ ref(kpi.mart) }}
    {%- if cfg.get('all_filter') %}
    where {{ cfg.all_filter }}
    {%- endif %}
    group by period_start
    {%- endif %}
    {%- if cfg.get('channel') %}
    {%- if cfg.get('channel') is none or cfg.get('all_filter') or kpi.rollup != 'none' %}
    union all
    {%- endif %}
    select
        '{{ kpi.kpi_name }}' as kpi_name,
        '{{ grain }}' as period_grain,
        period_start,
        {{ cfg.channel }} as channel,
        cast({{ kpi.value_column }} as {{ scorecard_number() }}) as kpi_value,
        cast({{ num if is_ratio else 'null' }} as {{ scorecard_number() }}) as numerator,
        cast({{ den }} as {{ scorecard_number() }}) as denominator
    from {{ ref(kpi.mart) }}
    {%- if cfg.get('channel_filter') %}
    where {{ cfg.channel_filter }}
    {%- endif %}
    {%- endif %}
{%- endmacro %}


{% macro scorecard_number() -%}
    {#- One numeric type for every scorecard value: fixed scale, like ratio(), so values and their
        recomputations agree on DuckDB, Postgres and Spark. -#}
    {{ api.Column.translate_type('decimal(38,10)') }}
{%- endmacro %}

{% test scorecard_matches_marts(model, family) %}
{#- Joins kpi_scorecard back to the family marts (catalog: "its values equal the family marts'"):
    every month (or native quarter) value of every KPI of the family, per channel and for the whole
    company, equals the mart's column where the mart holds it, and otherwise its recomputation from
    the mart's parts (sum of numerators ÷ sum of denominators, or the sum). A missing or extra value
    fails too. Returns the KPI, period, channel, expected and actual. -#}
-- depends_on: {{ ref('kpi_registry') }}, {{ ref('kpi_lead_generation') }}, {{ ref('kpi_lead_generation_events') }}
-- depends_on: {{ ref('kpi_engagement') }}, {{ ref('kpi_paid_media_monthly') }}, {{ ref('kpi_sales_funnel') }}
-- depends_on: {{ ref('kpi_revenue') }}, {{ ref('kpi_revenue_by_channel') }}, {{ ref('kpi_retention') }}, {{ ref('kpi_brand_market') }}
{%- set kpis = kpi_registry_rows() | selectattr('family', 'equalto', family) | list %}
with scorecard as (
    select * from {{ model }}
),

expected as (
    {%- for kpi in kpis %}
    {%- set cfg = scorecard_marts()[kpi.mart] %}
    {%- set grain = 'quarter' if kpi.rollup == 'quarter' else 'month' %}
    {%- if cfg.get('channel') %}
    -- the mart's own value, per channel
    select
        '{{ kpi.kpi_name }}' as kpi_name,
        '{{ grain }}' as period_grain,
        mart.period_start,
        mart.{{ cfg.channel }} as channel,
        cast(mart.{{ kpi.value_column }} as double) as expected_value
    from {{ ref(kpi.mart) }} as mart
    {%- if cfg.get('channel_filter') %}
    where mart.{{ cfg.channel_filter }}
    {%- endif %}
    union all
    {%- endif %}
    {%- if cfg.get('one_row_per_period') or cfg.get('all_filter') %}
    -- the mart's own whole-company value
    select
        '{{ kpi.kpi_name }}' as kpi_name,
        '{{ grain }}' as period_grain,
        mart.period_start,
        'all' as channel,
        cast(mart.{{ kpi.value_column }} as double) as expected_value
    from {{ ref(kpi.mart) }} as mart
    {%- if cfg.get('all_filter') %}
    where mart.{{ cfg.all_filter }}
    {%- endif %}
    {%- elif kpi.rollup in ('sum', 'ratio', 'last') %}
    -- the whole-company value recomputed from the mart's rows
    select
        '{{ kpi.kpi_name }}' as kpi_name,
        '{{ grain }}' as period_grain,
        mart.period_start,
        'all' as channel,
        {%- if kpi.rollup == 'ratio' %}
        case
            when sum({{ kpi.denominator }}) = 0 then null
            else cast(sum({{ kpi.numerator }}) as double) * {{ kpi.multiplier }} / cast(sum({{ kpi.denominator }}) as double)
        end as expected_value
        {%- else %}
        cast(sum(mart.{{ kpi.value_column }}) as double) as expected_value
        {%- endif %}
    from {{ ref(kpi.mart) }} as mart
    group by mart.period_start
    {%- else %}
    -- not additive and no whole-company row in the mart: nothing expected
    select
        '{{ kpi.kpi_name }}' as kpi_name,
        '{{ grain }}' as period_grain,
        cast(null as date) as period_start,
        'all' as channel,
        cast(null as double) as expected_value
    where 1 = 0
    {%- endif %}
    {{ 'union all' if not loop.last }}
    {%- endfor %}
),

compared as (
    select
        coalesce(expected.kpi_name, scorecard.kpi_name) as kpi_name,
        coalesce(expected.period_start, scorecard.period_start) as period_start,
        coalesce(expected.channel, scorecard.channel) as channel,
        expected.expected_value,
        cast(scorecard.kpi_value as double) as actual_value,
        expected.kpi_name is null as is_extra_row
    from expected
    full outer join (
        select * from scorecard
        where
            family = '{{ family }}'
            and (period_grain = 'month' or kpi_name in ({{ "'" ~ (kpis | selectattr('rollup', 'equalto', 'quarter') | map(attribute='kpi_name') | join("', '")) ~ "'" }}))
    ) as scorecard
        on
            expected.kpi_name = scorecard.kpi_name
            and expected.period_grain = scorecard.period_grain
            and expected.period_start = scorecard.period_start
            and expected.channel = scorecard.channel
)

select *
from compared
where
    is_extra_row
    or (expected_value is null) <> (actual_value is null)
    or abs(actual_value - expected_value) > {{ var('kpi_tolerance') }} * greatest(1, abs(expected_value))
{% endtest %}

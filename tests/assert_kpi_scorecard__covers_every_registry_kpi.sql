-- Every KPI of the registry whose mart has rows has rows in kpi_scorecard, and a target in the
-- kpi_targets seed names a KPI of the registry (a typo there would otherwise just never show).
-- Returns the offenders.
-- depends_on: {{ ref('kpi_lead_generation') }}, {{ ref('kpi_lead_generation_events') }}, {{ ref('kpi_engagement') }}
-- depends_on: {{ ref('kpi_paid_media_monthly') }}, {{ ref('kpi_sales_funnel') }}, {{ ref('kpi_revenue') }}
-- depends_on: {{ ref('kpi_revenue_by_channel') }}, {{ ref('kpi_retention') }}, {{ ref('kpi_brand_market') }}
{%- set kpis = kpi_registry_rows() %}
with registry as (
    select * from {{ ref('kpi_registry') }}
),

targets as (
    select * from {{ ref('kpi_targets') }}
),

scorecard_kpis as (
    select distinct kpi_name from {{ ref('kpi_scorecard') }}
),

mart_rows as (
    {%- for kpi in kpis %}
        select
            '{{ kpi.kpi_name }}' as kpi_name,
            count(*) as mart_row_count
        from {{ ref(kpi.mart) }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
    {%- if not kpis %}
        select
            cast(null as {{ dbt.type_string() }}) as kpi_name,
            0 as mart_row_count
    {%- endif %}
),

missing_in_scorecard as (
    select
        registry.kpi_name,
        'registry KPI without scorecard rows' as problem
    from registry
    inner join mart_rows on registry.kpi_name = mart_rows.kpi_name
    left join scorecard_kpis on registry.kpi_name = scorecard_kpis.kpi_name
    where scorecard_kpis.kpi_name is null and mart_rows.mart_row_count > 0
),

unknown_targets as (
    select
        targets.kpi_name,
        'target for a KPI not in the registry' as problem
    from targets
    left join registry on targets.kpi_name = registry.kpi_name
    where registry.kpi_name is null
)

select * from missing_in_scorecard
union all
select * from unknown_targets

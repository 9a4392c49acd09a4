-- Every KPI of the registry has rows in kpi_scorecard, and a target in the kpi_targets seed names a
-- KPI of the registry (a typo there would otherwise just never show). Returns the offenders.
with registry as (
    select * from {{ ref('kpi_registry') }}
),

targets as (
    select * from {{ ref('kpi_targets') }}
),

scorecard_kpis as (
    select distinct kpi_name from {{ ref('kpi_scorecard') }}
),

missing_in_scorecard as (
    select
        registry.kpi_name,
        'registry KPI without scorecard rows' as problem
    from registry
    left join scorecard_kpis on registry.kpi_name = scorecard_kpis.kpi_name
    where scorecard_kpis.kpi_name is null
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

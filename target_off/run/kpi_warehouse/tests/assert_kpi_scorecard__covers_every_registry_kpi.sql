
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- Every KPI of the registry has rows in kpi_scorecard whenever its mart has rows (a mart that holds
-- rows gives every one of its KPIs a long-form row per mart row), and a target in the kpi_targets
-- seed names a KPI of the registry (a typo there would otherwise just never show). A mart with no
-- rows (no export of its source) leaves its KPIs out, which is not a failure. Returns the offenders.
with registry as (
    select * from "off"."main"."kpi_registry"
),

targets as (
    select * from "off"."main"."kpi_targets"
),

scorecard as (
    select * from "off"."marts"."kpi_scorecard"
),

scorecard_kpis as (
    select distinct
        kpi_name,
        mart
    from scorecard
),

-- marts with at least one KPI in the scorecard (so they hold rows)
marts_with_rows as (
    select distinct mart from scorecard_kpis
),

missing_in_scorecard as (
    select
        registry.kpi_name,
        'registry KPI without scorecard rows although its mart has rows' as problem
    from registry
    inner join marts_with_rows on registry.mart = marts_with_rows.mart
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
  
  
      
    ) dbt_internal_test
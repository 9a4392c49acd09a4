-- A model of the host project on a public mart of the package (cross-project ref by package name):
-- the KPIs of the latest month for the whole company.
with scorecard as (
    select * from {{ ref('kpi_warehouse', 'kpi_scorecard') }}
),

latest as (
    select max(period_start) as period_start
    from scorecard
    where period_grain = 'month' and channel = 'all' and kpi_value is not null
),

final as (
    select
        scorecard.kpi_name,
        scorecard.period_start,
        scorecard.kpi_value
    from scorecard
    inner join latest on scorecard.period_start = latest.period_start
    where scorecard.period_grain = 'month' and scorecard.channel = 'all'
)

select * from final

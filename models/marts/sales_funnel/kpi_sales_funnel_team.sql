-- Sales team effectiveness per month × team (catalog section 4, seed 003 §6): the deal-side
-- funnel aggregated by team, never by person (deal owners are hashed in staging and not used here).
-- Same measures and definitions as kpi_sales_funnel, through the shared sales_pipeline_by macro.
with deals as (
    select * from {{ ref('int_deals__enriched') }}
),

funnel as (
    select * from {{ ref('int_funnel__monthly_channel') }}
),

-- the same months as kpi_sales_funnel (contact and deal months), so both marts cover one range
data_months as (
    select period_start from funnel
    union
    select opportunity_month from deals
    union
    select closed_month from deals
    where closed_month is not null
),

months as (
    {{ calendar_months_covering('data_months') }}
),

pipeline as (
    {{ sales_pipeline_by('deals', 'months', 'team_name') }}
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
        team_name,
        -- deals, win rate, sales cycle, pipeline at period end
        {{ ratio('deals_created_cohort_won', 'deals_created') }} as deals_created_won_rate,
        {{ sales_pipeline_kpis() }}
    from pipeline
)

select * from final

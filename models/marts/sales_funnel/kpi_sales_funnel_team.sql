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
        deals_created,
        deals_created_cohort_quoted,
        deals_created_cohort_won,
        deals_quoted,
        deals_won,
        deals_lost,
        deals_closed,
        won_amount,
        {{ ratio('deals_won', 'deals_closed') }} as win_rate,
        {{ ratio('deals_created_cohort_quoted', 'deals_created') }} as opportunity_to_quote_rate,
        -- sales cycle (lead created -> deal won) of the deals won in the period
        sales_cycle_days_total,
        won_deals_with_cycle,
        {{ ratio('sales_cycle_days_total', 'won_deals_with_cycle') }} as sales_cycle_days_mean,
        cast(sales_cycle_days_median as {{ dbt.type_numeric() }}) as sales_cycle_days_median,
        -- pipeline at period end
        open_deals_at_end,
        open_pipeline_amount
    from pipeline
)

select * from final

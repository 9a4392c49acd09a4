-- Sales team effectiveness per month × team (catalog section 4, seed 003 §6): the deal-side
-- funnel aggregated by team, never by person (deal owners are hashed in staging and not used here).
-- The measures of kpi_sales_funnel, counted the same way from int_deals__monthly_status by team
-- (tests/python/test_rules_once.py fails when the two marts write one measure differently).
with deal_months as (
    select * from {{ ref('int_deals__monthly_status') }}
),

stage_entries as (
    select * from {{ ref('int_funnel__stage_entries') }}
),

-- the same months as kpi_sales_funnel (contact and deal months), so both marts cover one range
data_months as (
    select period_start from stage_entries
    union
    select period_start from deal_months
    where is_created_in_period or is_closed_in_period
),

months as (
    {{ calendar_months_covering('data_months') }}
),

teams as (
    select distinct team_name from deal_months
),

-- every month of the range × every team with a deal: zero counts where nothing happened
spine as (
    select
        months.period_start,
        teams.team_name
    from months
    cross join teams
),

pipeline as (
    select
        spine.period_start,
        spine.team_name,
        cast(sum(case when deal_months.is_created_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_created,
        cast(sum(case when deal_months.is_created_in_period and deal_months.is_quoted then 1 else 0 end) as {{ dbt.type_bigint() }})
            as deals_created_cohort_quoted,
        cast(sum(case when deal_months.is_created_in_period and deal_months.is_won then 1 else 0 end) as {{ dbt.type_bigint() }})
            as deals_created_cohort_won,
        cast(sum(case when deal_months.is_quoted_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_quoted,
        cast(sum(case when deal_months.is_won_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_won,
        cast(sum(case when deal_months.is_lost_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_lost,
        cast(sum(case when deal_months.is_closed_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_closed,
        sum(case when deal_months.is_won_in_period then deal_months.amount else 0 end) as won_amount,
        cast(sum(case when deal_months.is_won_in_period then deal_months.sales_cycle_days end) as {{ dbt.type_bigint() }})
            as sales_cycle_days_total,
        count(case when deal_months.is_won_in_period then deal_months.sales_cycle_days end) as won_deals_with_cycle,
        {{ median("case when deal_months.is_won_in_period then deal_months.sales_cycle_days end") }} as sales_cycle_days_median,
        cast(sum(case when deal_months.is_open_at_end then 1 else 0 end) as {{ dbt.type_bigint() }}) as open_deals_at_end,
        sum(case when deal_months.is_open_at_end then deal_months.amount else 0 end) as open_pipeline_amount
    from spine
    left join deal_months
        on spine.period_start = deal_months.period_start and spine.team_name = deal_months.team_name
    group by spine.period_start, spine.team_name
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

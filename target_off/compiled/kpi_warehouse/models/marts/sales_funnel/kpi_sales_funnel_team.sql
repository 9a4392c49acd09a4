-- Sales team effectiveness per month × team (catalog section 4, seed 003 §6): the deal-side
-- funnel aggregated by team, never by person (deal owners are hashed in staging and not used here).
-- Same measures and definitions as kpi_sales_funnel, through the shared sales_pipeline_by macro.
with deals as (
    select * from "off"."main"."int_deals__enriched"
),

funnel as (
    select * from "off"."main"."int_funnel__monthly_channel"
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
    select
        calendar.period_start,
        calendar.next_period_start
    from "off"."main"."int_calendar__months" as calendar
    where
        calendar.period_start >= (select min(data_months.period_start) from data_months as data_months)
        and calendar.period_start <= (select max(data_months.period_start) from data_months as data_months)
),

pipeline as (
    select
        months.period_start,
        deals.team_name,
        cast(sum(case when deals.opportunity_month = months.period_start then 1 else 0 end) as bigint) as deals_created,
        cast(sum(case when deals.opportunity_month = months.period_start and deals.is_quoted then 1 else 0 end) as bigint)
            as deals_created_cohort_quoted,
        cast(sum(case when deals.opportunity_month = months.period_start and deals.is_won then 1 else 0 end) as bigint)
            as deals_created_cohort_won,
        cast(sum(case when deals.quoted_month = months.period_start then 1 else 0 end) as bigint) as deals_quoted,
        cast(sum(case when deals.closed_month = months.period_start and deals.is_won then 1 else 0 end) as bigint) as deals_won,
        cast(sum(case when deals.closed_month = months.period_start and deals.is_lost then 1 else 0 end) as bigint) as deals_lost,
        cast(sum(case when deals.closed_month = months.period_start then 1 else 0 end) as bigint) as deals_closed,
        sum(case when deals.closed_month = months.period_start and deals.is_won then deals.amount else 0 end)
            as won_amount,
        cast(sum(
            case when deals.closed_month = months.period_start and deals.is_won then deals.sales_cycle_days end
        ) as bigint) as sales_cycle_days_total,
        count(
            case when deals.closed_month = months.period_start and deals.is_won then deals.sales_cycle_days end
        ) as won_deals_with_cycle,
        percentile_cont(0.5) within group (order by case when deals.closed_month = months.period_start and deals.is_won then deals.sales_cycle_days end) as sales_cycle_days_median,
        cast(sum(
            case
                when
                    deals.opportunity_at < months.next_period_start
                    and (deals.closed_at is null or deals.closed_at >= months.next_period_start)
                    then 1
                else 0
            end
        ) as bigint) as open_deals_at_end,
        sum(
            case
                when
                    deals.opportunity_at < months.next_period_start
                    and (deals.closed_at is null or deals.closed_at >= months.next_period_start)
                    then deals.amount
                else 0
            end
        ) as open_pipeline_amount
    from months as months
    cross join deals as deals
    group by months.period_start, deals.team_name
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
        team_name,
        -- deals, win rate, sales cycle, pipeline at period end
        case
        when deals_created is null or deals_created = 0 or deals_created_cohort_won is null then null
        else cast(cast(deals_created_cohort_won as decimal(38,10)) * 1 / cast(deals_created as decimal(38,10)) as decimal(38,10))
    end as deals_created_won_rate,
        deals_created,
    deals_created_cohort_quoted,
    deals_created_cohort_won,
    deals_quoted,
    deals_won,
    deals_lost,
    deals_closed,
    won_amount,
    case
        when deals_closed is null or deals_closed = 0 or deals_won is null then null
        else cast(cast(deals_won as decimal(38,10)) * 1 / cast(deals_closed as decimal(38,10)) as decimal(38,10))
    end as win_rate,
    case
        when deals_created is null or deals_created = 0 or deals_created_cohort_quoted is null then null
        else cast(cast(deals_created_cohort_quoted as decimal(38,10)) * 1 / cast(deals_created as decimal(38,10)) as decimal(38,10))
    end as opportunity_to_quote_rate,
    -- sales cycle (lead created -> deal won) of the deals won in the period
    sales_cycle_days_total,
    won_deals_with_cycle,
    case
        when won_deals_with_cycle is null or won_deals_with_cycle = 0 or sales_cycle_days_total is null then null
        else cast(cast(sales_cycle_days_total as decimal(38,10)) * 1 / cast(won_deals_with_cycle as decimal(38,10)) as decimal(38,10))
    end as sales_cycle_days_mean,
    cast(sales_cycle_days_median as numeric(28,6)) as sales_cycle_days_median,
    -- pipeline at period end
    open_deals_at_end,
    open_pipeline_amount
    from pipeline
)

select * from final
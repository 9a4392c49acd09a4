-- Sales funnel & pipeline KPIs per month × channel (catalog section 4).
-- Contact side (int_funnel__monthly_channel): stage counts lead -> MQL -> SQL -> opportunity -> won
-- and stage-to-stage conversion by entry-month cohort. Deal side (sales_pipeline_by macro, shared
-- with kpi_sales_funnel_team): win rate, sales cycle, open pipeline at period end, won revenue.
-- Lead-source performance = new_leads, wins (new customers) and won_amount by the lead's channel.
-- exported: whether the exports had the column behind each measure (a KPI without it is NULL, never 0)
with exported as (
    select * from {{ ref('int_measures__exported') }}
),

funnel as (
    select * from {{ ref('int_funnel__monthly_channel') }}
),

deals as (
    select * from {{ ref('int_deals__enriched') }}
),

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
    {{ sales_pipeline_by('deals', 'months', 'channel') }}
),

channels as (
    select channel from funnel
    union
    select channel from deals
),

spine as (
    select
        months.period_start,
        channels.channel
    from months
    cross join channels
),

joined as (
    select
        spine.period_start,
        spine.channel,
        coalesce(funnel.new_leads, 0) as new_leads,
        case when exported.mql_dates_exported then coalesce(funnel.mqls, 0) end as mqls,
        case when exported.sql_dates_exported then coalesce(funnel.sqls, 0) end as sqls,
        coalesce(funnel.opportunities, 0) as opportunities,
        coalesce(funnel.wins, 0) as wins,
        case when exported.mql_dates_exported then coalesce(funnel.leads_cohort_mqls, 0) end as leads_cohort_mqls,
        case when exported.sql_dates_exported then coalesce(funnel.leads_cohort_sqls, 0) end as leads_cohort_sqls,
        coalesce(funnel.leads_cohort_opportunities, 0) as leads_cohort_opportunities,
        coalesce(funnel.leads_cohort_wins, 0) as leads_cohort_wins,
        case
            when exported.mql_dates_exported and exported.sql_dates_exported
                then coalesce(funnel.mqls_cohort_sqls, 0)
        end as mqls_cohort_sqls,
        case when exported.sql_dates_exported then coalesce(funnel.sqls_cohort_opportunities, 0) end as sqls_cohort_opportunities,
        coalesce(funnel.opportunities_cohort_wins, 0) as opportunities_cohort_wins,
        case when exported.mql_dates_exported then funnel.lead_to_mql_rate end as lead_to_mql_rate,
        case when exported.mql_dates_exported and exported.sql_dates_exported then funnel.mql_to_sql_rate end as mql_to_sql_rate,
        case when exported.sql_dates_exported then funnel.sql_to_opportunity_rate end as sql_to_opportunity_rate,
        funnel.opportunity_to_won_rate,
        funnel.lead_to_won_rate,
        coalesce(pipeline.deals_created, 0) as deals_created,
        coalesce(pipeline.deals_created_cohort_quoted, 0) as deals_created_cohort_quoted,
        coalesce(pipeline.deals_created_cohort_won, 0) as deals_created_cohort_won,
        coalesce(pipeline.deals_quoted, 0) as deals_quoted,
        coalesce(pipeline.deals_won, 0) as deals_won,
        coalesce(pipeline.deals_lost, 0) as deals_lost,
        coalesce(pipeline.deals_closed, 0) as deals_closed,
        coalesce(pipeline.won_amount, 0) as won_amount,
        coalesce(pipeline.sales_cycle_days_total, 0) as sales_cycle_days_total,
        coalesce(pipeline.won_deals_with_cycle, 0) as won_deals_with_cycle,
        pipeline.sales_cycle_days_median,
        coalesce(pipeline.open_deals_at_end, 0) as open_deals_at_end,
        coalesce(pipeline.open_pipeline_amount, 0) as open_pipeline_amount
    from spine
    left join funnel
        on spine.period_start = funnel.period_start and spine.channel = funnel.channel
    left join pipeline
        on spine.period_start = pipeline.period_start and spine.channel = pipeline.channel
    cross join exported
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
        channel,
        -- stage counts (contacts entering the stage in the period)
        new_leads,
        mqls,
        sqls,
        opportunities,
        wins,
        -- cohort counts (of the stage's entrants in the period, how many reached the next stage)
        leads_cohort_mqls,
        leads_cohort_sqls,
        leads_cohort_opportunities,
        leads_cohort_wins,
        mqls_cohort_sqls,
        sqls_cohort_opportunities,
        opportunities_cohort_wins,
        -- stage conversion
        lead_to_mql_rate,
        mql_to_sql_rate,
        sql_to_opportunity_rate,
        opportunity_to_won_rate,
        lead_to_won_rate,
        -- deals, win rate, sales cycle, pipeline at period end
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
    from joined
)

select * from final

-- Sales funnel & pipeline KPIs per month × channel (catalog section 4).
-- Contact side (int_funnel__monthly_channel): stage counts lead -> MQL -> SQL -> opportunity -> won
-- and stage-to-stage conversion by entry-month cohort. Deal side (sales_pipeline_by macro, shared
-- with kpi_sales_funnel_team): win rate, sales cycle, open pipeline at period end, won revenue.
-- Lead-source performance = new_leads, wins (new customers) and won_amount by the lead's channel.
with  __dbt__cte__int_funnel__monthly_channel as (

-- Fixture for int_funnel__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(5 as BIGINT)
 as "new_leads", 
    
    cast(3 as BIGINT)
 as "mqls", 
    
    cast(2 as BIGINT)
 as "sqls", 
    
    cast(3 as BIGINT)
 as "opportunities", 
    
    cast(1 as BIGINT)
 as "wins", 
    
    cast(3 as BIGINT)
 as "leads_cohort_mqls", cast(null as BIGINT) as "leads_cohort_sqls", cast(null as BIGINT) as "leads_cohort_opportunities", cast(null as BIGINT) as "leads_cohort_wins", 
    
    cast(2 as BIGINT)
 as "mqls_cohort_sqls", cast(null as BIGINT) as "sqls_cohort_opportunities", cast(null as BIGINT) as "opportunities_cohort_wins", cast(null as DECIMAL(38,10)) as "lead_to_mql_rate", cast(null as DECIMAL(38,10)) as "mql_to_sql_rate", cast(null as DECIMAL(38,10)) as "sql_to_opportunity_rate", cast(null as DECIMAL(38,10)) as "opportunity_to_won_rate", cast(null as DECIMAL(38,10)) as "lead_to_won_rate"
),  __dbt__cte__int_deals__enriched as (

-- Fixture for int_deals__enriched
select 
    
    cast('d1' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", 
    
    cast(False as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(True as BOOLEAN)
 as "is_quoted", 
    
    cast(1000 as DECIMAL(38,6))
 as "amount", 
    
    cast(9 as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-01-10 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast('2025-01-10 15:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-01-01' as DATE)
 as "opportunity_month", 
    
    cast('2025-01-01' as DATE)
 as "quoted_month", 
    
    cast('2025-01-01' as DATE)
 as "closed_month"
union all
select 
    
    cast('d2' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "is_won", 
    
    cast(True as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(False as BOOLEAN)
 as "is_quoted", 
    
    cast(2000 as DECIMAL(38,6))
 as "amount", 
    
    cast(null as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-01-15 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast('2025-03-05 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-01-01' as DATE)
 as "opportunity_month", 
    
    cast(null as DATE)
 as "quoted_month", 
    
    cast('2025-03-01' as DATE)
 as "closed_month"
union all
select 
    
    cast('d3' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", 
    
    cast(False as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(True as BOOLEAN)
 as "is_quoted", 
    
    cast(3000 as DECIMAL(38,6))
 as "amount", 
    
    cast(90 as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-01-20 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast('2025-03-20 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-01-01' as DATE)
 as "opportunity_month", 
    
    cast('2025-02-01' as DATE)
 as "quoted_month", 
    
    cast('2025-03-01' as DATE)
 as "closed_month"
union all
select 
    
    cast('d4' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "is_won", 
    
    cast(False as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(False as BOOLEAN)
 as "is_quoted", 
    
    cast(4000 as DECIMAL(38,6))
 as "amount", 
    
    cast(null as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-02-01 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast(null as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-02-01' as DATE)
 as "opportunity_month", 
    
    cast(null as DATE)
 as "quoted_month", 
    
    cast(null as DATE)
 as "closed_month"
union all
select 
    
    cast('d5' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", 
    
    cast(False as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(True as BOOLEAN)
 as "is_quoted", 
    
    cast(500 as DECIMAL(38,6))
 as "amount", 
    
    cast(30 as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-03-01 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast('2025-03-25 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-03-01' as DATE)
 as "opportunity_month", 
    
    cast('2025-03-01' as DATE)
 as "quoted_month", 
    
    cast('2025-03-01' as DATE)
 as "closed_month"
),  __dbt__cte__int_calendar__months as (

-- Fixture for int_calendar__months
select 
    
    cast('2024-12-01' as DATE)
 as "period_start", 
    
    cast('2025-01-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('2025-02-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('2025-03-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('2025-04-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast('2025-05-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
), funnel as (
    select * from __dbt__cte__int_funnel__monthly_channel
),

deals as (
    select * from __dbt__cte__int_deals__enriched
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
    select
        calendar.period_start,
        calendar.next_period_start
    from __dbt__cte__int_calendar__months as calendar
    where
        calendar.period_start >= (select min(data_months.period_start) from data_months as data_months)
        and calendar.period_start <= (select max(data_months.period_start) from data_months as data_months)
),

pipeline as (
    select
        months.period_start,
        deals.channel,
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
    group by months.period_start, deals.channel
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
        coalesce(funnel.mqls, 0) as mqls,
        coalesce(funnel.sqls, 0) as sqls,
        coalesce(funnel.opportunities, 0) as opportunities,
        coalesce(funnel.wins, 0) as wins,
        coalesce(funnel.leads_cohort_mqls, 0) as leads_cohort_mqls,  -- noqa: LT05
        coalesce(funnel.leads_cohort_sqls, 0) as leads_cohort_sqls,  -- noqa: LT05
        coalesce(funnel.leads_cohort_opportunities, 0) as leads_cohort_opportunities,
        coalesce(funnel.leads_cohort_wins, 0) as leads_cohort_wins,
        coalesce(funnel.mqls_cohort_sqls, 0) as mqls_cohort_sqls,  -- noqa: LT05
        coalesce(funnel.sqls_cohort_opportunities, 0) as sqls_cohort_opportunities,  -- noqa: LT05
        coalesce(funnel.opportunities_cohort_wins, 0) as opportunities_cohort_wins,
        funnel.lead_to_mql_rate as lead_to_mql_rate,  -- noqa: LT05
        funnel.mql_to_sql_rate as mql_to_sql_rate,  -- noqa: LT05
        funnel.sql_to_opportunity_rate as sql_to_opportunity_rate,  -- noqa: LT05
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
    from joined
)

select * from final
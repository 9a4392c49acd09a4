-- Sales funnel & pipeline KPIs per month × channel (catalog section 4).
-- Contact side (counted here from int_funnel__stage_entries): stage counts lead -> MQL -> SQL ->
-- opportunity -> won and stage-to-stage conversion by entry-month cohort. Deal side (counted here
-- from int_deals__monthly_status, what happened to each deal in each month): win rate, sales cycle,
-- open pipeline at period end, won revenue.
-- Lead-source performance = new_leads, wins (new customers) and won_amount by the lead's channel.
-- exported: whether the exports had the column behind each measure (a KPI without it is NULL, never 0)
with exported as (
    select * from {{ ref('int_measures__exported') }}
),

stage_entries as (
    select * from {{ ref('int_funnel__stage_entries') }}
),

funnel as (
    select
        period_start,
        channel,
        cast(sum(case when stage = 'lead' then contacts_entered else 0 end) as {{ dbt.type_bigint() }}) as new_leads,
        cast(sum(case when stage = 'mql' then contacts_entered else 0 end) as {{ dbt.type_bigint() }}) as mqls,
        cast(sum(case when stage = 'sql' then contacts_entered else 0 end) as {{ dbt.type_bigint() }}) as sqls,
        cast(sum(case when stage = 'opportunity' then contacts_entered else 0 end) as {{ dbt.type_bigint() }}) as opportunities,
        cast(sum(case when stage = 'won' then contacts_entered else 0 end) as {{ dbt.type_bigint() }}) as wins,
        cast(sum(case when stage = 'lead' then reached_mql else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_mqls,
        cast(sum(case when stage = 'lead' then reached_sql else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_sqls,
        cast(sum(case when stage = 'lead' then reached_opportunity else 0 end) as {{ dbt.type_bigint() }})
            as leads_cohort_opportunities,
        cast(sum(case when stage = 'lead' then reached_won else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_wins,
        cast(sum(case when stage = 'mql' then reached_sql else 0 end) as {{ dbt.type_bigint() }}) as mqls_cohort_sqls,
        cast(sum(case when stage = 'sql' then reached_opportunity else 0 end) as {{ dbt.type_bigint() }})
            as sqls_cohort_opportunities,
        cast(sum(case when stage = 'opportunity' then reached_won else 0 end) as {{ dbt.type_bigint() }})
            as opportunities_cohort_wins
    from stage_entries
    group by period_start, channel
),

deal_months as (
    select * from {{ ref('int_deals__monthly_status') }}
),

data_months as (
    select period_start from funnel
    union
    select period_start from deal_months
    where is_created_in_period or is_closed_in_period
),

months as (
    {{ calendar_months_covering('data_months') }}
),

pipeline as (
    select
        period_start,
        channel,
        cast(sum(case when is_created_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_created,
        cast(sum(case when is_created_in_period and is_quoted then 1 else 0 end) as {{ dbt.type_bigint() }})
            as deals_created_cohort_quoted,
        cast(sum(case when is_created_in_period and is_won then 1 else 0 end) as {{ dbt.type_bigint() }})
            as deals_created_cohort_won,
        cast(sum(case when is_quoted_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_quoted,
        cast(sum(case when is_won_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_won,
        cast(sum(case when is_lost_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_lost,
        cast(sum(case when is_closed_in_period then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_closed,
        sum(case when is_won_in_period then amount else 0 end) as won_amount,
        cast(sum(case when is_won_in_period then sales_cycle_days end) as {{ dbt.type_bigint() }}) as sales_cycle_days_total,
        count(case when is_won_in_period then sales_cycle_days end) as won_deals_with_cycle,
        {{ median("case when is_won_in_period then sales_cycle_days end") }} as sales_cycle_days_median,
        cast(sum(case when is_open_at_end then 1 else 0 end) as {{ dbt.type_bigint() }}) as open_deals_at_end,
        sum(case when is_open_at_end then amount else 0 end) as open_pipeline_amount
    from deal_months
    group by period_start, channel
),

channels as (
    select channel from funnel
    union
    select channel from deal_months
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
        -- stage conversion (a count NULL because its column was not exported makes its rates NULL)
        {{ ratio('leads_cohort_mqls', 'new_leads') }} as lead_to_mql_rate,
        {{ ratio('mqls_cohort_sqls', 'mqls') }} as mql_to_sql_rate,
        {{ ratio('sqls_cohort_opportunities', 'sqls') }} as sql_to_opportunity_rate,
        {{ ratio('opportunities_cohort_wins', 'opportunities') }} as opportunity_to_won_rate,
        {{ ratio('leads_cohort_wins', 'new_leads') }} as lead_to_won_rate,
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

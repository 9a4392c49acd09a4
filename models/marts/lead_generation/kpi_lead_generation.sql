-- Lead generation KPIs per month × channel (catalog section 1). Counts are stored beside every
-- rate so BI tools can re-aggregate; rates go through the ratio macro. Stage counts are counted
-- here from int_funnel__stage_entries (contacts entering each stage in the month):
-- Period counts: new_leads by create date, mqls by MQL date, sqls by SQL date.
-- Cohort counts: leads_cohort_* follow the leads created in the month to whatever stage they
-- ever reached; mqls_cohort_sqls follows the MQLs of the month (cohort by MQL date).
-- exported: whether the exports had the column behind each measure (a KPI without it is NULL, never 0)
with exported as (
    select * from {{ ref('int_measures__exported') }}
),

contacts as (
    select * from {{ ref('int_contacts__lifecycle') }}
),

stage_entries as (
    select * from {{ ref('int_funnel__stage_entries') }}
),

spend as (
    select * from {{ ref('int_marketing_spend__monthly_channel') }}
),

ga4 as (
    select * from {{ ref('stg_ga4__traffic_acquisition') }}
),

-- new visitors per month × channel, as kpi_engagement counts them
traffic as (
    select
        cast({{ dbt.date_trunc('month', 'period_start') }} as date) as period_month,
        channel,
        cast(sum(new_users) as {{ dbt.type_bigint() }}) as new_visitors
    from ga4
    group by cast({{ dbt.date_trunc('month', 'period_start') }} as date), channel
),

funnel as (
    select
        period_start,
        channel,
        cast(sum(case when stage = 'lead' then contacts_entered else 0 end) as {{ dbt.type_bigint() }}) as new_leads,
        cast(sum(case when stage = 'mql' then contacts_entered else 0 end) as {{ dbt.type_bigint() }}) as mqls,
        cast(sum(case when stage = 'sql' then contacts_entered else 0 end) as {{ dbt.type_bigint() }}) as sqls,
        cast(sum(case when stage = 'lead' then reached_mql else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_mqls,
        cast(sum(case when stage = 'lead' then reached_sql else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_sqls,
        cast(sum(case when stage = 'mql' then reached_sql else 0 end) as {{ dbt.type_bigint() }}) as mqls_cohort_sqls
    from stage_entries
    group by period_start, channel
),

lead_counts as (
    select
        lead_month as period_start,
        channel,
        cast(sum(case when is_web_lead then 1 else 0 end) as {{ dbt.type_bigint() }}) as web_leads,
        cast(sum(lead_score) as {{ dbt.type_bigint() }}) as lead_score_total,
        count(lead_score) as leads_with_score
    from contacts
    group by lead_month, channel
),

spine as (
    {{ complete_grid(['funnel', 'spend'], 'period_start', 'channel') }}
),

joined as (
    select
        spine.period_start,
        spine.channel,
        coalesce(funnel.new_leads, 0) as new_leads,
        coalesce(lead_counts.web_leads, 0) as web_leads,
        case when exported.mql_dates_exported then coalesce(funnel.leads_cohort_mqls, 0) end as leads_cohort_mqls,
        case when exported.sql_dates_exported then coalesce(funnel.leads_cohort_sqls, 0) end as leads_cohort_sqls,
        case when exported.mql_dates_exported then coalesce(funnel.mqls, 0) end as mqls,
        case
            when exported.mql_dates_exported and exported.sql_dates_exported
                then coalesce(funnel.mqls_cohort_sqls, 0)
        end as mqls_cohort_sqls,
        case when exported.sql_dates_exported then coalesce(funnel.sqls, 0) end as sqls,
        coalesce(spend.marketing_spend_amount, 0) as marketing_spend_amount,
        case when exported.new_users_exported then coalesce(traffic.new_visitors, 0) end as new_visitors,
        case when exported.lead_scores_exported then coalesce(lead_counts.lead_score_total, 0) end as lead_score_total,
        coalesce(lead_counts.leads_with_score, 0) as leads_with_score
    from spine
    left join lead_counts
        on spine.period_start = lead_counts.period_start and spine.channel = lead_counts.channel
    left join funnel
        on spine.period_start = funnel.period_start and spine.channel = funnel.channel
    left join spend
        on spine.period_start = spend.period_start and spine.channel = spend.channel
    left join traffic
        on spine.period_start = traffic.period_month and spine.channel = traffic.channel
    cross join exported
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
        channel,
        -- counts
        new_leads,
        web_leads,
        mqls,
        sqls,
        leads_cohort_mqls,
        leads_cohort_sqls,
        mqls_cohort_sqls,
        new_visitors,
        lead_score_total,
        leads_with_score,
        marketing_spend_amount,
        -- KPIs (a count NULL because its column was not exported makes its rates NULL)
        {{ ratio('leads_cohort_mqls', 'new_leads') }} as lead_to_mql_rate,
        {{ ratio('mqls_cohort_sqls', 'mqls') }} as mql_to_sql_rate,
        {{ ratio('marketing_spend_amount', 'new_leads') }} as cost_per_lead,
        {{ ratio('marketing_spend_amount', 'sqls') }} as cost_per_sql,
        {{ ratio('web_leads', 'new_visitors') }} as traffic_to_lead_rate,
        {{ ratio('lead_score_total', 'leads_with_score') }} as avg_lead_score
    from joined
)

select * from final

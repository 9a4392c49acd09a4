
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "period_start","channel","new_leads","web_leads","mqls","sqls","lead_to_mql_rate","mql_to_sql_rate","cost_per_lead","cost_per_sql","traffic_to_lead_rate","avg_lead_score", 'actual' as "actual_or_expected"
  from (
    -- Lead generation KPIs per month × channel (catalog section 1). Counts are stored beside every
-- rate so BI tools can re-aggregate; rates go through the ratio macro. Stage counts and the two
-- conversion rates come from int_funnel__monthly_channel (shared with kpi_sales_funnel).
-- Period counts: new_leads by create date, mqls by MQL date, sqls by SQL date.
-- Cohort counts: leads_cohort_* follow the leads created in the month to whatever stage they
-- ever reached; mqls_cohort_sqls follows the MQLs of the month (cohort by MQL date).
with  __dbt__cte__int_contacts__lifecycle as (
select
    'k' || i as contact_id,
    'Paid Search' as channel,
    date '2025-01-01' as lead_month,
    true as is_web_lead,
    50 as lead_score
from (select ones.d + 10 * tens.d as i from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as ones (d) cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as tens (d)) as t
union all
select 'e1', 'Email', date '2025-02-01', true, 70
),  __dbt__cte__int_funnel__monthly_channel as (

-- Fixture for int_funnel__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(100 as BIGINT)
 as "new_leads", 
    
    cast(100 as BIGINT)
 as "mqls", 
    
    cast(0 as BIGINT)
 as "sqls", cast(null as BIGINT) as "opportunities", cast(null as BIGINT) as "wins", 
    
    cast(100 as BIGINT)
 as "leads_cohort_mqls", 
    
    cast(39 as BIGINT)
 as "leads_cohort_sqls", cast(null as BIGINT) as "leads_cohort_opportunities", cast(null as BIGINT) as "leads_cohort_wins", 
    
    cast(39 as BIGINT)
 as "mqls_cohort_sqls", cast(null as BIGINT) as "sqls_cohort_opportunities", cast(null as BIGINT) as "opportunities_cohort_wins", 
    
    cast(1 as DECIMAL(38,10))
 as "lead_to_mql_rate", 
    
    cast(0.39 as DECIMAL(38,10))
 as "mql_to_sql_rate", cast(null as DECIMAL(38,10)) as "sql_to_opportunity_rate", cast(null as DECIMAL(38,10)) as "opportunity_to_won_rate", cast(null as DECIMAL(38,10)) as "lead_to_won_rate"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(0 as BIGINT)
 as "new_leads", 
    
    cast(0 as BIGINT)
 as "mqls", 
    
    cast(39 as BIGINT)
 as "sqls", cast(null as BIGINT) as "opportunities", cast(null as BIGINT) as "wins", 
    
    cast(0 as BIGINT)
 as "leads_cohort_mqls", 
    
    cast(0 as BIGINT)
 as "leads_cohort_sqls", cast(null as BIGINT) as "leads_cohort_opportunities", cast(null as BIGINT) as "leads_cohort_wins", 
    
    cast(0 as BIGINT)
 as "mqls_cohort_sqls", cast(null as BIGINT) as "sqls_cohort_opportunities", cast(null as BIGINT) as "opportunities_cohort_wins", cast(null as DECIMAL(38,10)) as "lead_to_mql_rate", cast(null as DECIMAL(38,10)) as "mql_to_sql_rate", cast(null as DECIMAL(38,10)) as "sql_to_opportunity_rate", cast(null as DECIMAL(38,10)) as "opportunity_to_won_rate", cast(null as DECIMAL(38,10)) as "lead_to_won_rate"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(1 as BIGINT)
 as "new_leads", 
    
    cast(0 as BIGINT)
 as "mqls", 
    
    cast(0 as BIGINT)
 as "sqls", cast(null as BIGINT) as "opportunities", cast(null as BIGINT) as "wins", 
    
    cast(0 as BIGINT)
 as "leads_cohort_mqls", 
    
    cast(0 as BIGINT)
 as "leads_cohort_sqls", cast(null as BIGINT) as "leads_cohort_opportunities", cast(null as BIGINT) as "leads_cohort_wins", 
    
    cast(0 as BIGINT)
 as "mqls_cohort_sqls", cast(null as BIGINT) as "sqls_cohort_opportunities", cast(null as BIGINT) as "opportunities_cohort_wins", 
    
    cast(0 as DECIMAL(38,10))
 as "lead_to_mql_rate", cast(null as DECIMAL(38,10)) as "mql_to_sql_rate", cast(null as DECIMAL(38,10)) as "sql_to_opportunity_rate", cast(null as DECIMAL(38,10)) as "opportunity_to_won_rate", cast(null as DECIMAL(38,10)) as "lead_to_won_rate"
),  __dbt__cte__int_marketing_spend__monthly_channel as (

-- Fixture for int_marketing_spend__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(1000 as DECIMAL(38,6))
 as "marketing_spend_amount"
),  __dbt__cte__int_web_traffic__monthly_channel as (

-- Fixture for int_web_traffic__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_month", 
    
    cast('Paid Search' as character varying)
 as "channel", cast(null as BIGINT) as "sessions", cast(null as BIGINT) as "engaged_sessions", cast(null as BIGINT) as "bounced_sessions", cast(null as BIGINT) as "unique_visitors", 
    
    cast(4000 as BIGINT)
 as "new_visitors", cast(null as BIGINT) as "pageviews", cast(null as BIGINT) as "key_events"
), contacts as (
    select * from __dbt__cte__int_contacts__lifecycle
),

funnel as (
    select * from __dbt__cte__int_funnel__monthly_channel
),

spend as (
    select * from __dbt__cte__int_marketing_spend__monthly_channel
),

traffic as (
    select * from __dbt__cte__int_web_traffic__monthly_channel
),

lead_counts as (
    select
        lead_month as period_start,
        channel,
        cast(sum(case when is_web_lead then 1 else 0 end) as bigint) as web_leads,
        cast(sum(lead_score) as bigint) as lead_score_total,
        count(lead_score) as leads_with_score
    from contacts
    group by lead_month, channel
),

spine as (
    with keys as (
        select
            period_start,
            channel
        from funnel
        union
        select
            period_start,
            channel
        from spend
    )

    select
        periods.period_start,
        dimension_values.channel
    from (select distinct keys.period_start from keys) as periods
    cross join (select distinct keys.channel from keys) as dimension_values
),

joined as (
    select
        spine.period_start,
        spine.channel,
        coalesce(funnel.new_leads, 0) as new_leads,
        coalesce(lead_counts.web_leads, 0) as web_leads,
        coalesce(funnel.leads_cohort_mqls, 0) as leads_cohort_mqls,  -- noqa: LT05
        coalesce(funnel.leads_cohort_sqls, 0) as leads_cohort_sqls,  -- noqa: LT05
        coalesce(funnel.mqls, 0) as mqls,
        coalesce(funnel.mqls_cohort_sqls, 0) as mqls_cohort_sqls,  -- noqa: LT05
        coalesce(funnel.sqls, 0) as sqls,
        funnel.lead_to_mql_rate as lead_to_mql_rate,  -- noqa: LT05
        funnel.mql_to_sql_rate as mql_to_sql_rate,  -- noqa: LT05
        coalesce(spend.marketing_spend_amount, 0) as marketing_spend_amount,
        coalesce(traffic.new_visitors, 0) as new_visitors,
        coalesce(lead_counts.lead_score_total, 0) as lead_score_total,  -- noqa: LT05
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
        -- KPIs
        lead_to_mql_rate,
        mql_to_sql_rate,
        case
        when new_leads is null or new_leads = 0 or marketing_spend_amount is null then null
        else cast(cast(marketing_spend_amount as decimal(38,10)) * 1 / cast(new_leads as decimal(38,10)) as decimal(38,10))
    end as cost_per_lead,
        case
        when sqls is null or sqls = 0 or marketing_spend_amount is null then null
        else cast(cast(marketing_spend_amount as decimal(38,10)) * 1 / cast(sqls as decimal(38,10)) as decimal(38,10))
    end as cost_per_sql,
        case
        when new_visitors is null or new_visitors = 0 or web_leads is null then null
        else cast(cast(web_leads as decimal(38,10)) * 1 / cast(new_visitors as decimal(38,10)) as decimal(38,10))
    end as traffic_to_lead_rate,
        case
        when leads_with_score is null or leads_with_score = 0 or lead_score_total is null then null
        else cast(cast(lead_score_total as decimal(38,10)) * 1 / cast(leads_with_score as decimal(38,10)) as decimal(38,10))
    end as avg_lead_score
    from joined
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "period_start", "channel", "new_leads", "web_leads", "mqls", "sqls", "lead_to_mql_rate", "mql_to_sql_rate", "cost_per_lead", "cost_per_sql", "traffic_to_lead_rate", "avg_lead_score", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(100 as BIGINT)
 as "new_leads", 
    
    cast(100 as BIGINT)
 as "web_leads", 
    
    cast(100 as BIGINT)
 as "mqls", 
    
    cast(0 as BIGINT)
 as "sqls", 
    
    cast(1 as DECIMAL(38,10))
 as "lead_to_mql_rate", 
    
    cast(0.39 as DECIMAL(38,10))
 as "mql_to_sql_rate", 
    
    cast(10 as DECIMAL(38,10))
 as "cost_per_lead", 
    
    cast(null as DECIMAL(38,10))
 as "cost_per_sql", 
    
    cast(0.025 as DECIMAL(38,10))
 as "traffic_to_lead_rate", 
    
    cast(50 as DECIMAL(38,10))
 as "avg_lead_score"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(0 as BIGINT)
 as "new_leads", 
    
    cast(0 as BIGINT)
 as "web_leads", 
    
    cast(0 as BIGINT)
 as "mqls", 
    
    cast(39 as BIGINT)
 as "sqls", 
    
    cast(null as DECIMAL(38,10))
 as "lead_to_mql_rate", 
    
    cast(null as DECIMAL(38,10))
 as "mql_to_sql_rate", 
    
    cast(null as DECIMAL(38,10))
 as "cost_per_lead", 
    
    cast(0 as DECIMAL(38,10))
 as "cost_per_sql", 
    
    cast(null as DECIMAL(38,10))
 as "traffic_to_lead_rate", 
    
    cast(null as DECIMAL(38,10))
 as "avg_lead_score"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(0 as BIGINT)
 as "new_leads", 
    
    cast(0 as BIGINT)
 as "web_leads", 
    
    cast(0 as BIGINT)
 as "mqls", 
    
    cast(0 as BIGINT)
 as "sqls", 
    
    cast(null as DECIMAL(38,10))
 as "lead_to_mql_rate", 
    
    cast(null as DECIMAL(38,10))
 as "mql_to_sql_rate", 
    
    cast(null as DECIMAL(38,10))
 as "cost_per_lead", 
    
    cast(null as DECIMAL(38,10))
 as "cost_per_sql", 
    
    cast(null as DECIMAL(38,10))
 as "traffic_to_lead_rate", 
    
    cast(null as DECIMAL(38,10))
 as "avg_lead_score"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(1 as BIGINT)
 as "new_leads", 
    
    cast(1 as BIGINT)
 as "web_leads", 
    
    cast(0 as BIGINT)
 as "mqls", 
    
    cast(0 as BIGINT)
 as "sqls", 
    
    cast(0 as DECIMAL(38,10))
 as "lead_to_mql_rate", 
    
    cast(null as DECIMAL(38,10))
 as "mql_to_sql_rate", 
    
    cast(0 as DECIMAL(38,10))
 as "cost_per_lead", 
    
    cast(null as DECIMAL(38,10))
 as "cost_per_sql", 
    
    cast(null as DECIMAL(38,10))
 as "traffic_to_lead_rate", 
    
    cast(70 as DECIMAL(38,10))
 as "avg_lead_score"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected
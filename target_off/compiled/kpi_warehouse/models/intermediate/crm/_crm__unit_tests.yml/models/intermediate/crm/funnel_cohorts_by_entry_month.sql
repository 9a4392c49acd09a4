-- Funnel stage counts per month × channel (catalog sections 1 and 4), the one place stage
-- conversion is computed; kpi_lead_generation and kpi_sales_funnel both read it.
-- Period counts: contacts entering each stage in the month (lead by create date, MQL by MQL date…).
-- Cohort counts: of the contacts entering a stage in the month, how many ever reached the next
-- stage ("cohort by entry month"); leads_cohort_* follow the month's leads down the whole path.
-- Stage dates follow the rule of int_contacts__lifecycle, so each cohort count is <= the one before.
with  __dbt__cte__int_contacts__lifecycle as (
select
    'k' || i as contact_id,
    'Paid Search' as channel,
    date '2025-01-01' as lead_month,
    date '2025-01-01' as mql_month,
    case when i < 39 then date '2025-02-01' end as sql_month,
    case when i < 10 then date '2025-02-01' end as opportunity_month,
    case when i < 4 then date '2025-03-01' end as customer_month,
    true as is_mql,
    i < 39 as is_sql,
    i < 10 as is_opportunity,
    i < 4 as is_customer
from (select ones.d + 10 * tens.d as i from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as ones (d) cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as tens (d)) as t
union all
select 'e1', 'Email', date '2025-02-01', null, null, null, null, false, false, false, false
), contacts as (
    select * from __dbt__cte__int_contacts__lifecycle
),

-- one row per contact and stage it entered: the entry month and whether it went further
stage_entries as (
        select
            lead_month as period_start,
            channel,
            'lead' as stage,
            case when is_mql then 1 else 0 end as reached_next,
            case when is_mql then 1 else 0 end as reached_mql,
            case when is_sql then 1 else 0 end as reached_sql,
            case when is_opportunity then 1 else 0 end as reached_opportunity,
            case when is_customer then 1 else 0 end as reached_won
        from contacts
        where true
            union all
        select
            mql_month as period_start,
            channel,
            'mql' as stage,
            case when is_sql then 1 else 0 end as reached_next,
            case when is_mql then 1 else 0 end as reached_mql,
            case when is_sql then 1 else 0 end as reached_sql,
            case when is_opportunity then 1 else 0 end as reached_opportunity,
            case when is_customer then 1 else 0 end as reached_won
        from contacts
        where is_mql
            union all
        select
            sql_month as period_start,
            channel,
            'sql' as stage,
            case when is_opportunity then 1 else 0 end as reached_next,
            case when is_mql then 1 else 0 end as reached_mql,
            case when is_sql then 1 else 0 end as reached_sql,
            case when is_opportunity then 1 else 0 end as reached_opportunity,
            case when is_customer then 1 else 0 end as reached_won
        from contacts
        where is_sql
            union all
        select
            opportunity_month as period_start,
            channel,
            'opportunity' as stage,
            case when is_customer then 1 else 0 end as reached_next,
            case when is_mql then 1 else 0 end as reached_mql,
            case when is_sql then 1 else 0 end as reached_sql,
            case when is_opportunity then 1 else 0 end as reached_opportunity,
            case when is_customer then 1 else 0 end as reached_won
        from contacts
        where is_opportunity
            union all
        select
            customer_month as period_start,
            channel,
            'won' as stage,
            case when false then 1 else 0 end as reached_next,
            case when is_mql then 1 else 0 end as reached_mql,
            case when is_sql then 1 else 0 end as reached_sql,
            case when is_opportunity then 1 else 0 end as reached_opportunity,
            case when is_customer then 1 else 0 end as reached_won
        from contacts
        where is_customer
),

counts as (
    select
        period_start,
        channel,
        cast(sum(case when stage = 'lead' then 1 else 0 end) as bigint) as new_leads,
        cast(sum(case when stage = 'mql' then 1 else 0 end) as bigint) as mqls,
        cast(sum(case when stage = 'sql' then 1 else 0 end) as bigint) as sqls,
        cast(sum(case when stage = 'opportunity' then 1 else 0 end) as bigint) as opportunities,
        cast(sum(case when stage = 'won' then 1 else 0 end) as bigint) as wins,
        cast(sum(case when stage = 'lead' then reached_mql else 0 end) as bigint) as leads_cohort_mqls,
        cast(sum(case when stage = 'lead' then reached_sql else 0 end) as bigint) as leads_cohort_sqls,
        cast(sum(case when stage = 'lead' then reached_opportunity else 0 end) as bigint) as leads_cohort_opportunities,
        cast(sum(case when stage = 'lead' then reached_won else 0 end) as bigint) as leads_cohort_wins,
        cast(sum(case when stage = 'mql' then reached_next else 0 end) as bigint) as mqls_cohort_sqls,
        cast(sum(case when stage = 'sql' then reached_next else 0 end) as bigint) as sqls_cohort_opportunities,
        cast(sum(case when stage = 'opportunity' then reached_next else 0 end) as bigint) as opportunities_cohort_wins
    from stage_entries
    group by period_start, channel
),

final as (
    select
        period_start,
        channel,
        new_leads,
        mqls,
        sqls,
        opportunities,
        wins,
        leads_cohort_mqls,
        leads_cohort_sqls,
        leads_cohort_opportunities,
        leads_cohort_wins,
        mqls_cohort_sqls,
        sqls_cohort_opportunities,
        opportunities_cohort_wins,
        case
        when new_leads is null or new_leads = 0 or leads_cohort_mqls is null then null
        else cast(cast(leads_cohort_mqls as decimal(38,10)) * 1 / cast(new_leads as decimal(38,10)) as decimal(38,10))
    end as lead_to_mql_rate,
        case
        when mqls is null or mqls = 0 or mqls_cohort_sqls is null then null
        else cast(cast(mqls_cohort_sqls as decimal(38,10)) * 1 / cast(mqls as decimal(38,10)) as decimal(38,10))
    end as mql_to_sql_rate,
        case
        when sqls is null or sqls = 0 or sqls_cohort_opportunities is null then null
        else cast(cast(sqls_cohort_opportunities as decimal(38,10)) * 1 / cast(sqls as decimal(38,10)) as decimal(38,10))
    end as sql_to_opportunity_rate,
        case
        when opportunities is null or opportunities = 0 or opportunities_cohort_wins is null then null
        else cast(cast(opportunities_cohort_wins as decimal(38,10)) * 1 / cast(opportunities as decimal(38,10)) as decimal(38,10))
    end as opportunity_to_won_rate,
        case
        when new_leads is null or new_leads = 0 or leads_cohort_wins is null then null
        else cast(cast(leads_cohort_wins as decimal(38,10)) * 1 / cast(new_leads as decimal(38,10)) as decimal(38,10))
    end as lead_to_won_rate
    from counts
)

select * from final
-- Funnel stage counts per month × channel (catalog sections 1 and 4), the one place stage
-- conversion is computed; kpi_lead_generation and kpi_sales_funnel both read it.
-- Period counts: contacts entering each stage in the month (lead by create date, MQL by MQL date…).
-- Cohort counts: of the contacts entering a stage in the month, how many ever reached the next
-- stage ("cohort by entry month"); leads_cohort_* follow the month's leads down the whole path.
-- Stage dates follow the rule of int_contacts__lifecycle, so each cohort count is <= the one before.
with contacts as (
    select * from {{ ref('int_contacts__lifecycle') }}
),

{%- set stages = [
    ('lead', 'lead_month', 'true', 'is_mql'),
    ('mql', 'mql_month', 'is_mql', 'is_sql'),
    ('sql', 'sql_month', 'is_sql', 'is_opportunity'),
    ('opportunity', 'opportunity_month', 'is_opportunity', 'is_customer'),
    ('won', 'customer_month', 'is_customer', 'false'),
] %}

-- one row per contact and stage it entered: the entry month and whether it went further
stage_entries as (
    {%- for stage, entry_month, entered, reached_next in stages %}
        select
            {{ entry_month }} as period_start,
            channel,
            '{{ stage }}' as stage,
            case when {{ reached_next }} then 1 else 0 end as reached_next,
            case when is_mql then 1 else 0 end as reached_mql,
            case when is_sql then 1 else 0 end as reached_sql,
            case when is_opportunity then 1 else 0 end as reached_opportunity,
            case when is_customer then 1 else 0 end as reached_won
        from contacts
        where {{ entered }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

counts as (
    select
        period_start,
        channel,
        cast(sum(case when stage = 'lead' then 1 else 0 end) as {{ dbt.type_bigint() }}) as new_leads,
        cast(sum(case when stage = 'mql' then 1 else 0 end) as {{ dbt.type_bigint() }}) as mqls,
        cast(sum(case when stage = 'sql' then 1 else 0 end) as {{ dbt.type_bigint() }}) as sqls,
        cast(sum(case when stage = 'opportunity' then 1 else 0 end) as {{ dbt.type_bigint() }}) as opportunities,
        cast(sum(case when stage = 'won' then 1 else 0 end) as {{ dbt.type_bigint() }}) as wins,
        cast(sum(case when stage = 'lead' then reached_mql else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_mqls,
        cast(sum(case when stage = 'lead' then reached_sql else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_sqls,
        cast(sum(case when stage = 'lead' then reached_opportunity else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_opportunities,
        cast(sum(case when stage = 'lead' then reached_won else 0 end) as {{ dbt.type_bigint() }}) as leads_cohort_wins,
        cast(sum(case when stage = 'mql' then reached_next else 0 end) as {{ dbt.type_bigint() }}) as mqls_cohort_sqls,
        cast(sum(case when stage = 'sql' then reached_next else 0 end) as {{ dbt.type_bigint() }}) as sqls_cohort_opportunities,
        cast(sum(case when stage = 'opportunity' then reached_next else 0 end) as {{ dbt.type_bigint() }}) as opportunities_cohort_wins
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
        {{ ratio('leads_cohort_mqls', 'new_leads') }} as lead_to_mql_rate,
        {{ ratio('mqls_cohort_sqls', 'mqls') }} as mql_to_sql_rate,
        {{ ratio('sqls_cohort_opportunities', 'sqls') }} as sql_to_opportunity_rate,
        {{ ratio('opportunities_cohort_wins', 'opportunities') }} as opportunity_to_won_rate,
        {{ ratio('leads_cohort_wins', 'new_leads') }} as lead_to_won_rate
    from counts
)

select * from final

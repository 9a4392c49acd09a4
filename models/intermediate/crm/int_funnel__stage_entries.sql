-- Funnel stage entries per month × channel × stage (catalog sections 1 and 4): how many contacts
-- entered the stage in the month (a lead by create date, an MQL by MQL date…) and, of them, how
-- many ever reached each stage of the funnel ("cohort by entry month"). The marts count their KPIs
-- from these rows: mqls = the contacts entering stage 'mql', lead_to_mql_rate = reached_mql of
-- stage 'lead' / its contacts_entered.
-- Stage dates follow the rule of int_contacts__lifecycle, so each reached_* is <= the one before.
with contacts as (
    select * from {{ ref('int_contacts__lifecycle') }}
),

{%- set stages = [
    ('lead', 'lead_month', 'true'),
    ('mql', 'mql_month', 'is_mql'),
    ('sql', 'sql_month', 'is_sql'),
    ('opportunity', 'opportunity_month', 'is_opportunity'),
    ('won', 'customer_month', 'is_customer'),
] %}

-- one row per contact and stage it entered: the entry month and the stages it ever reached
stage_entries as (
    {%- for stage, entry_month, entered in stages %}
        select
            {{ entry_month }} as period_start,
            channel,
            '{{ stage }}' as stage,
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

final as (
    select
        period_start,
        channel,
        stage,
        cast(count(*) as {{ dbt.type_bigint() }}) as contacts_entered,
        cast(sum(reached_mql) as {{ dbt.type_bigint() }}) as reached_mql,
        cast(sum(reached_sql) as {{ dbt.type_bigint() }}) as reached_sql,
        cast(sum(reached_opportunity) as {{ dbt.type_bigint() }}) as reached_opportunity,
        cast(sum(reached_won) as {{ dbt.type_bigint() }}) as reached_won
    from stage_entries
    group by period_start, channel, stage
)

select * from final

-- One row per contact with the time it reached each funnel stage (NULL if never), by the
-- stage-date rule of int_contacts__lifecycle: the event grain behind the funnel, on which the
-- semantic layer defines its conversion metrics (lead -> MQL -> SQL -> opportunity -> won).
-- Each stage time is the stage date plus the stage's position in seconds (lead +1 s … won +5 s),
-- so stages reached on the same day stay in funnel order. No PII: the HubSpot record id only.
-- Pass-through contact columns (var hubspot__contacts_pass_through_columns) follow the channel;
-- while one is set, the contract is not enforced (its columns are the var's).
{{ config(contract=pass_through_contract(['hubspot/contacts'])) }}
{%- set ts = api.Column.translate_type('timestamp') %}
with contacts as (
    select * from {{ ref('int_contacts__lifecycle') }}
),

final as (
    select
        -- ids
        contact_id,
        -- dimensions
        channel
        {{- pass_through_select(pass_through_columns('hubspot/contacts')) }},
        -- stage times: date + position in seconds
        {{ dbt.dateadd('second', 1, 'cast(lead_date as ' ~ ts ~ ')') }} as lead_at,
        {{ dbt.dateadd('second', 2, 'cast(mql_date as ' ~ ts ~ ')') }} as mql_at,
        {{ dbt.dateadd('second', 3, 'cast(sql_date as ' ~ ts ~ ')') }} as sql_at,
        {{ dbt.dateadd('second', 4, 'cast(opportunity_date as ' ~ ts ~ ')') }} as opportunity_at,
        {{ dbt.dateadd('second', 5, 'cast(customer_date as ' ~ ts ~ ')') }} as won_at
    from contacts
)

select * from final

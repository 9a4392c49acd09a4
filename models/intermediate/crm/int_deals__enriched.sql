-- One row per deal with what the sales funnel marts group and measure by: the contact's channel
-- (Salesforce lead source through channel_map when the deal has no known contact), the months of
-- each step, and the sales cycle (first contact = lead create date -> deal won, in days).
with deals as (
    select
        *,
        cast(won_at as date) as won_date
    from {{ ref('int_deals__stage_dates') }}
),

contacts as (
    select * from {{ ref('int_contacts__lifecycle') }}
),

final as (
    select
        -- ids
        deals.deal_id,
        deals.contact_id,
        -- dimensions
        deals.source_system,
        deals.team_name,
        deals.deal_status,
        coalesce(contacts.channel, lead_source_channel.channel, 'Other') as channel,
        -- flags
        deals.is_won,
        deals.is_lost,
        deals.is_closed,
        deals.is_quoted,
        -- measures
        deals.amount,
        {{ dbt.datediff('contacts.lead_date', 'deals.won_date', 'day') }} as sales_cycle_days,  -- noqa: LT05
        -- dates
        deals.opportunity_at,
        deals.quoted_at,
        deals.won_at,
        deals.closed_at,
        contacts.lead_date,
        cast({{ dbt.date_trunc('month', 'deals.opportunity_at') }} as date) as opportunity_month,
        cast({{ dbt.date_trunc('month', 'deals.quoted_at') }} as date) as quoted_month,
        cast({{ dbt.date_trunc('month', 'deals.closed_at') }} as date) as closed_month
    from deals
    left join contacts on deals.contact_id = contacts.contact_id
    {{ join_channel_map('lead_source_channel', 'salesforce_lead_source', 'deals.lead_source') }}
)

select * from final

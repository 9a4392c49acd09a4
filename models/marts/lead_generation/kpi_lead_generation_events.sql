-- Event attendance KPIs, one row per event (catalog section 1, event_attendance): target
-- attendees (non-target excluded), online vs offline, cost per target attendee and per lead.
-- Event leads are contacts whose UTM campaign (Original Source Drill-Down 2) is the event id.
with events as (
    select * from {{ ref('stg_events__events') }}
),

contacts as (
    select * from {{ ref('int_contacts__lifecycle') }}
),

event_leads as (
    select
        utm_campaign as event_id,
        count(*) as event_leads
    from contacts
    where channel = 'Events'
    group by utm_campaign
),

final as (
    select
        -- grain
        events.event_id,
        cast({{ dbt.date_trunc('month', 'events.event_date') }} as date) as period_start,
        'month' as period_grain,
        -- dimensions
        events.event_name,
        events.event_type,
        events.country_code,
        events.event_date,
        -- counts
        events.registrants,
        events.attendees,
        events.target_attendees,
        coalesce(event_leads.event_leads, 0) as event_leads,
        events.cost_amount,
        -- KPIs
        {{ ratio('events.attendees', 'events.registrants') }} as attendance_rate,
        {{ ratio('events.target_attendees', 'events.attendees') }} as target_attendee_rate,
        {{ ratio('events.cost_amount', 'events.target_attendees') }} as cost_per_attendee,
        {{ ratio('events.cost_amount', 'coalesce(event_leads.event_leads, 0)') }} as event_cost_per_lead
    from events
    left join event_leads on events.event_id = event_leads.event_id
)

select * from final

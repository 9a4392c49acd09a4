-- Event attendance KPIs, one row per event (catalog section 1, event_attendance): target
-- attendees (non-target excluded), online vs offline, cost per target attendee and per lead.
-- Event leads are contacts whose UTM campaign (Original Source Drill-Down 2) is the event id.
with events as (
    select * from "off"."main"."stg_events__events"
),

contacts as (
    select * from "off"."main"."int_contacts__lifecycle"
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
        cast(date_trunc('month', events.event_date) as date) as period_start,
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
        case
        when events.registrants is null or events.registrants = 0 or events.attendees is null then null
        else cast(cast(events.attendees as decimal(38,10)) * 1 / cast(events.registrants as decimal(38,10)) as decimal(38,10))
    end as attendance_rate,
        case
        when events.attendees is null or events.attendees = 0 or events.target_attendees is null then null
        else cast(cast(events.target_attendees as decimal(38,10)) * 1 / cast(events.attendees as decimal(38,10)) as decimal(38,10))
    end as target_attendee_rate,
        case
        when events.target_attendees is null or events.target_attendees = 0 or events.cost_amount is null then null
        else cast(cast(events.cost_amount as decimal(38,10)) * 1 / cast(events.target_attendees as decimal(38,10)) as decimal(38,10))
    end as cost_per_attendee,
        case
        when coalesce(event_leads.event_leads, 0) is null or coalesce(event_leads.event_leads, 0) = 0 or events.cost_amount is null then null
        else cast(cast(events.cost_amount as decimal(38,10)) * 1 / cast(coalesce(event_leads.event_leads, 0) as decimal(38,10)) as decimal(38,10))
    end as event_cost_per_lead
    from events
    left join event_leads on events.event_id = event_leads.event_id
)

select * from final
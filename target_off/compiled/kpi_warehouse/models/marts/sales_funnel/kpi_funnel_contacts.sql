-- One row per contact with the time it reached each funnel stage (NULL if never), by the
-- stage-date rule of int_contacts__lifecycle: the event grain behind the funnel, on which the
-- semantic layer defines its conversion metrics (lead -> MQL -> SQL -> opportunity -> won).
-- Each stage time is the stage date plus the stage's position in seconds (lead +1 s … won +5 s),
-- so stages reached on the same day stay in funnel order. No PII: the HubSpot record id only.
with contacts as (
    select * from "off"."main"."int_contacts__lifecycle"
),

final as (
    select
        -- ids
        contact_id,
        -- dimensions
        channel,
        -- stage times: date + position in seconds
        

    (cast(lead_date as timestamp) + cast(1 as bigint) * interval 1 second) as lead_at,
        

    (cast(mql_date as timestamp) + cast(2 as bigint) * interval 1 second) as mql_at,
        

    (cast(sql_date as timestamp) + cast(3 as bigint) * interval 1 second) as sql_at,
        

    (cast(opportunity_date as timestamp) + cast(4 as bigint) * interval 1 second) as opportunity_at,
        

    (cast(customer_date as timestamp) + cast(5 as bigint) * interval 1 second) as won_at
    from contacts
)

select * from final
with recomputed as (
    select
        *,
        target_attendee_rate as actual_value,
        case
            when attendees is null or attendees = 0 then null
            else cast(target_attendees as double precision) * 1 / cast(attendees as double precision)
        end as expected_value
    from "off"."marts"."kpi_lead_generation_events"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))

select *
from "off"."main"."int_deals__stage_dates"
where
    not (cast(won_at as date) >= cast(opportunity_at as date)) and (won_at is not null)

select *
from "off"."main"."int_deals__stage_dates"
where
    not (cast(closed_at as date) >= cast(created_at as date)) and (closed_at is not null)

select *
from "off"."main"."int_deals__stage_dates"
where
    not (cast(quoted_at as date) >= cast(opportunity_at as date)) and (quoted_at is not null)

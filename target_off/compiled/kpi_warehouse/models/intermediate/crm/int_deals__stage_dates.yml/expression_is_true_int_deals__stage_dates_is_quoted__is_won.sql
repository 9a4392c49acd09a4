select *
from "off"."main"."int_deals__stage_dates"
where
    not (is_quoted) and (is_won)

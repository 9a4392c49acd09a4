select lead_to_won_rate as offending_value
from "off"."main"."int_funnel__monthly_channel"
where lead_to_won_rate < 0 or lead_to_won_rate > 1

select opportunity_to_won_rate as offending_value
from "off"."main"."int_funnel__monthly_channel"
where opportunity_to_won_rate < 0 or opportunity_to_won_rate > 1

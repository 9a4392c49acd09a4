select
    period_month, channel,
    count(*) as rows_with_this_key
from "off"."main"."int_web_traffic__monthly_channel"
group by period_month, channel
having count(*) > 1

select
    period_start, channel,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_attribution_influence"
group by period_start, channel
having count(*) > 1

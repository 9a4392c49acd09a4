select
    period_start, attribution_model, channel, campaign_name,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_attribution"
group by period_start, attribution_model, channel, campaign_name
having count(*) > 1

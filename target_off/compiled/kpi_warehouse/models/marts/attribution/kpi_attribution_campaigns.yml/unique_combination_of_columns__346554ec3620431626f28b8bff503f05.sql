select
    period_start, ad_campaign_key,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_attribution_campaigns"
group by period_start, ad_campaign_key
having count(*) > 1

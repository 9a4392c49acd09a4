select
    period_start, account_name, attribution_model, channel,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_attribution_accounts"
group by period_start, account_name, attribution_model, channel
having count(*) > 1

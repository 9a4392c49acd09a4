select
    period_start, period_end, campaign_id, ad_group_key,
    count(*) as rows_with_this_key
from "off"."main"."stg_google_ads__campaign_report"
group by period_start, period_end, campaign_id, ad_group_key
having count(*) > 1

select
    ad_date, ad_campaign_key,
    count(*) as rows_with_this_key
from "off"."main"."int_paid_media__daily"
group by ad_date, ad_campaign_key
having count(*) > 1

select
    ad_campaign_key, activity_date,
    count(*) as rows_with_this_key
from "off"."main"."int_campaign_attribution__daily"
group by ad_campaign_key, activity_date
having count(*) > 1

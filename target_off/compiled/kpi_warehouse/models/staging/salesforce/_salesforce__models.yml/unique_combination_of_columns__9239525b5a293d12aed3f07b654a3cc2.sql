select
    campaign_name, member_key,
    count(*) as rows_with_this_key
from "off"."main"."stg_salesforce__lead_conversions"
group by campaign_name, member_key
having count(*) > 1

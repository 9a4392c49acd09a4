
    
    



select ad_group_key
from "off"."main"."stg_google_ads__campaign_report"
where ad_group_key is null




    
    



select period_start
from "off"."main"."stg_google_ads__campaign_report"
where period_start is null



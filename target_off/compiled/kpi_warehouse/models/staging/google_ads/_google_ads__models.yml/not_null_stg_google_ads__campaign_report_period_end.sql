
    
    



select period_end
from "off"."main"."stg_google_ads__campaign_report"
where period_end is null




    
    



select period_end
from "off"."main"."stg_linkedin_ads__campaign_report"
where period_end is null



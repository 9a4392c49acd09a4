
    
    



select campaign_id
from "off"."main"."stg_linkedin_ads__campaign_report"
where campaign_id is null



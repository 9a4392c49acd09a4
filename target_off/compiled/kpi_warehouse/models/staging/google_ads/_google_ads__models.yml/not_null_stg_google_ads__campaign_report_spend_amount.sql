
    
    



select spend_amount
from "off"."main"."stg_google_ads__campaign_report"
where spend_amount is null




    
    



select _reject_reason
from "off"."main"."quarantine_google_ads"
where _reject_reason is null



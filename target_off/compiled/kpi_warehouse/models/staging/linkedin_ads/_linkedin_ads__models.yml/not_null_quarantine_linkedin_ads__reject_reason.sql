
    
    



select _reject_reason
from "off"."main"."quarantine_linkedin_ads"
where _reject_reason is null



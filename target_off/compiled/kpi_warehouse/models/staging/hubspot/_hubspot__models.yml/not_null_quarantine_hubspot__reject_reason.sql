
    
    



select _reject_reason
from "off"."main"."quarantine_hubspot"
where _reject_reason is null



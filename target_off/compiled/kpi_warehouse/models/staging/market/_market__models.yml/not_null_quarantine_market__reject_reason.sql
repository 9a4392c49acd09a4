
    
    



select _reject_reason
from "off"."main"."quarantine_market"
where _reject_reason is null



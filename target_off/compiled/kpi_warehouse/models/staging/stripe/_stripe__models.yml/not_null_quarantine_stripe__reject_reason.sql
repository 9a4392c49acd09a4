
    
    



select _reject_reason
from "off"."main"."quarantine_stripe"
where _reject_reason is null



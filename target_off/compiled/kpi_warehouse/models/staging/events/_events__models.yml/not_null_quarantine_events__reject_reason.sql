
    
    



select _reject_reason
from "off"."main"."quarantine_events"
where _reject_reason is null



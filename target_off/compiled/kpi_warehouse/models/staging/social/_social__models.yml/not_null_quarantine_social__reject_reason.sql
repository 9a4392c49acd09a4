
    
    



select _reject_reason
from "off"."main"."quarantine_social"
where _reject_reason is null



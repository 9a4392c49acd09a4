
    
    



select _reject_reason
from "off"."main"."quarantine_surveys"
where _reject_reason is null



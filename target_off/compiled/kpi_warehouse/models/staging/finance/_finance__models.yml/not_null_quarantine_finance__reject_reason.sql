
    
    



select _reject_reason
from "off"."main"."quarantine_finance"
where _reject_reason is null



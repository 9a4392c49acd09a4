
    
    



select _reject_reason
from "off"."main"."quarantine_ga4"
where _reject_reason is null



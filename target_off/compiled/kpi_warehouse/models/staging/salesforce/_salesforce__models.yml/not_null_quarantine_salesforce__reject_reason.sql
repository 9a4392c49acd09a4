
    
    



select _reject_reason
from "off"."main"."quarantine_salesforce"
where _reject_reason is null



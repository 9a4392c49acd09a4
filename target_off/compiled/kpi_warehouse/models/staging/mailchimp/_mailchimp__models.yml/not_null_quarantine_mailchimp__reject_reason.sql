
    
    



select _reject_reason
from "off"."main"."quarantine_mailchimp"
where _reject_reason is null



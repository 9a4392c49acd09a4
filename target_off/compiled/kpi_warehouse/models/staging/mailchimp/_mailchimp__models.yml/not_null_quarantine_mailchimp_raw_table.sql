
    
    



select raw_table
from "off"."main"."quarantine_mailchimp"
where raw_table is null



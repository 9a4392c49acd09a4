
    
    



select raw_table
from "off"."main"."quarantine_stripe"
where raw_table is null



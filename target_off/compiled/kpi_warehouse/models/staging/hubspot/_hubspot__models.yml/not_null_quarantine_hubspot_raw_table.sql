
    
    



select raw_table
from "off"."main"."quarantine_hubspot"
where raw_table is null



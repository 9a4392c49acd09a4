
    
    



select raw_table
from "off"."main"."quarantine_events"
where raw_table is null



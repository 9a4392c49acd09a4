
    
    



select raw_table
from "off"."main"."quarantine_market"
where raw_table is null



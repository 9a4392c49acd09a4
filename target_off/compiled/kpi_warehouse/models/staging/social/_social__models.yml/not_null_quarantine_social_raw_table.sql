
    
    



select raw_table
from "off"."main"."quarantine_social"
where raw_table is null



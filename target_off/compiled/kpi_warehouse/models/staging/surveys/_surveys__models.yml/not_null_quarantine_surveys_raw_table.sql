
    
    



select raw_table
from "off"."main"."quarantine_surveys"
where raw_table is null




    
    



select raw_table
from "off"."main"."quarantine_finance"
where raw_table is null



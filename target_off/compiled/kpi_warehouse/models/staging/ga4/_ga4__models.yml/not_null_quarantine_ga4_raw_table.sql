
    
    



select raw_table
from "off"."main"."quarantine_ga4"
where raw_table is null



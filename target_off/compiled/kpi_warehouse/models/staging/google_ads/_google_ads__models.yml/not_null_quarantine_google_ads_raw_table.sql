
    
    



select raw_table
from "off"."main"."quarantine_google_ads"
where raw_table is null



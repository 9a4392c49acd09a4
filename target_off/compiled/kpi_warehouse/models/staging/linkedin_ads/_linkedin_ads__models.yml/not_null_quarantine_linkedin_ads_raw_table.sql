
    
    



select raw_table
from "off"."main"."quarantine_linkedin_ads"
where raw_table is null



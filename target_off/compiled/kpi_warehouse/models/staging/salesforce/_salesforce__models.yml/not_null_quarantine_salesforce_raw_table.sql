
    
    



select raw_table
from "off"."main"."quarantine_salesforce"
where raw_table is null



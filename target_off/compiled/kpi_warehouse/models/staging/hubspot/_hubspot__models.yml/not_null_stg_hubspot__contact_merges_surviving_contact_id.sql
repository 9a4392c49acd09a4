
    
    



select surviving_contact_id
from "off"."main"."stg_hubspot__contact_merges"
where surviving_contact_id is null



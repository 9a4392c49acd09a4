
    
    



select merged_contact_id
from "off"."main"."stg_hubspot__contact_merges"
where merged_contact_id is null



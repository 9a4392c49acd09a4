
    
    



select contact_id
from "off"."main"."stg_hubspot__contacts"
where contact_id is null




    
    



select contact_id
from "off"."main"."int_contacts__lifecycle"
where contact_id is null



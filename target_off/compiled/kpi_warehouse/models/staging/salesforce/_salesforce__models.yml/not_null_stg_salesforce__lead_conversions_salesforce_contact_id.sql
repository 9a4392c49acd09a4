
    
    



select salesforce_contact_id
from "off"."main"."stg_salesforce__lead_conversions"
where salesforce_contact_id is null



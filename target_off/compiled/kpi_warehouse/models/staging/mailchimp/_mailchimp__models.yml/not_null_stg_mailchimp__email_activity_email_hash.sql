
    
    



select email_hash
from "off"."main"."stg_mailchimp__email_activity"
where email_hash is null




    
    



select email_activity_id
from "off"."main"."stg_mailchimp__email_activity"
where email_activity_id is null




    
    



select activity_at
from "off"."main"."stg_mailchimp__email_activity"
where activity_at is null



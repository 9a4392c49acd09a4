
    
    



select email_campaign_id
from "off"."main"."stg_mailchimp__email_activity"
where email_campaign_id is null



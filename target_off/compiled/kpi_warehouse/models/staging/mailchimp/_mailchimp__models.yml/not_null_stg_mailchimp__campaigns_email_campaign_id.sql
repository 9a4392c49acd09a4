
    
    



select email_campaign_id
from "off"."main"."stg_mailchimp__campaigns"
where email_campaign_id is null



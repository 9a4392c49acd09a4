
    
    



select campaign_member_id
from "off"."main"."stg_salesforce__campaign_members"
where campaign_member_id is null




    
    



select campaign_name
from "off"."main"."stg_salesforce__campaign_members"
where campaign_name is null



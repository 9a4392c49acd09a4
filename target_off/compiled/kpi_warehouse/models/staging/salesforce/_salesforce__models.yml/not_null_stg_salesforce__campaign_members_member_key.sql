
    
    



select member_key
from "off"."main"."stg_salesforce__campaign_members"
where member_key is null



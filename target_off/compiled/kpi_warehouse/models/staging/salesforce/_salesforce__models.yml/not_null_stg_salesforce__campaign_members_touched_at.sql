
    
    



select touched_at
from "off"."main"."stg_salesforce__campaign_members"
where touched_at is null



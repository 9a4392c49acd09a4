
    
    



select is_responded
from "off"."main"."stg_salesforce__campaign_members"
where is_responded is null




    
    



select deal_id
from "off"."main"."stg_hubspot__deals"
where deal_id is null



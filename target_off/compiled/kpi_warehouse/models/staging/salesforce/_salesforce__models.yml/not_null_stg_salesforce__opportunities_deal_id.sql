
    
    



select deal_id
from "off"."main"."stg_salesforce__opportunities"
where deal_id is null




    
    



select channel
from "off"."main"."stg_hubspot__contacts"
where channel is null



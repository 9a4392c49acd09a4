
    
    



select amount
from "off"."main"."stg_hubspot__deals"
where amount is null



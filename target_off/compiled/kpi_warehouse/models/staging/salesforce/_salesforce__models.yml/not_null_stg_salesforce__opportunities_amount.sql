
    
    



select amount
from "off"."main"."stg_salesforce__opportunities"
where amount is null




    
    



select amount
from "off"."main"."stg_finance__expenses"
where amount is null



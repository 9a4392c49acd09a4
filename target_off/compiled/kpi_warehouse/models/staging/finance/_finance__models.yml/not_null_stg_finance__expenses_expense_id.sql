
    
    



select expense_id
from "off"."main"."stg_finance__expenses"
where expense_id is null



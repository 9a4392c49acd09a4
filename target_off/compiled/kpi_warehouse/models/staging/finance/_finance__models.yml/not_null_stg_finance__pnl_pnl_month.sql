
    
    



select pnl_month
from "off"."main"."stg_finance__pnl"
where pnl_month is null




    
    



select net_sales_amount
from "off"."main"."stg_finance__pnl"
where net_sales_amount is null



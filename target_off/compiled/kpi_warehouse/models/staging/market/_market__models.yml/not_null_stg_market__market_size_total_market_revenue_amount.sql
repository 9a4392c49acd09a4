
    
    



select total_market_revenue_amount
from "off"."main"."stg_market__market_size"
where total_market_revenue_amount is null



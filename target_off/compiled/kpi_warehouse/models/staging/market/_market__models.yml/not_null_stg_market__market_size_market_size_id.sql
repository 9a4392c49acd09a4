
    
    



select market_size_id
from "off"."main"."stg_market__market_size"
where market_size_id is null



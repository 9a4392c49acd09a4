
    
    



select signal_month
from "off"."main"."stg_market__brand_signals"
where signal_month is null



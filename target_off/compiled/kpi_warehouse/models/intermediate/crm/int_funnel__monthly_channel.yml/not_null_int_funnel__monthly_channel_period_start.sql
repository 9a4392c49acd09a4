
    
    



select period_start
from "off"."main"."int_funnel__monthly_channel"
where period_start is null




    
    



select channel
from "off"."main"."int_funnel__monthly_channel"
where channel is null



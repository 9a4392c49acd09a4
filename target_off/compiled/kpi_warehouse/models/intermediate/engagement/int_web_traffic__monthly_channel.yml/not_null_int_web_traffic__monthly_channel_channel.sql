
    
    



select channel
from "off"."main"."int_web_traffic__monthly_channel"
where channel is null




    
    



select channel
from "off"."main"."int_touchpoints"
where channel is null



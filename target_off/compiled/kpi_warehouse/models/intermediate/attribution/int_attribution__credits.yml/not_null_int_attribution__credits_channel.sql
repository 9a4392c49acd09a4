
    
    



select channel
from "off"."main"."int_attribution__credits"
where channel is null



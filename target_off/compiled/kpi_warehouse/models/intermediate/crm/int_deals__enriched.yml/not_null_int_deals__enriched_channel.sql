
    
    



select channel
from "off"."main"."int_deals__enriched"
where channel is null



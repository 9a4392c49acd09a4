
    
    



select channel
from "off"."main"."int_marketing_spend__monthly_channel"
where channel is null



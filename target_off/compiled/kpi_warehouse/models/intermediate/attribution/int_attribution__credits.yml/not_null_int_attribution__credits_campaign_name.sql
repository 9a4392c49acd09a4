
    
    



select campaign_name
from "off"."main"."int_attribution__credits"
where campaign_name is null




    
    



select deal_id
from "off"."main"."int_attribution__credits"
where deal_id is null



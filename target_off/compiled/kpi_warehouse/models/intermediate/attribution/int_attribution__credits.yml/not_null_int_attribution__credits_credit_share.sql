
    
    



select credit_share
from "off"."main"."int_attribution__credits"
where credit_share is null




    
    



select credit_id
from "off"."main"."int_attribution__credits"
where credit_id is null



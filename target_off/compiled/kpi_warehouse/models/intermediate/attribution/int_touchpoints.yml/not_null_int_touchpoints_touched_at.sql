
    
    



select touched_at
from "off"."main"."int_touchpoints"
where touched_at is null



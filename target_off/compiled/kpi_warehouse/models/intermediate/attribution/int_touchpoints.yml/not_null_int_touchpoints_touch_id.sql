
    
    



select touch_id
from "off"."main"."int_touchpoints"
where touch_id is null



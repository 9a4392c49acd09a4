
    
    



select touch_type
from "off"."main"."int_touchpoints"
where touch_type is null



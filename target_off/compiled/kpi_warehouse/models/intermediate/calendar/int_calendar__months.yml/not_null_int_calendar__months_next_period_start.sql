
    
    



select next_period_start
from "off"."main"."int_calendar__months"
where next_period_start is null




    
    



select period_start
from "off"."main"."int_calendar__months"
where period_start is null



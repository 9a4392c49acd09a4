
    
    



select calendar_date
from "off"."main"."int_calendar__days"
where calendar_date is null



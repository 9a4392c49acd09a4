
    
    



select period_month
from "off"."main"."int_web_traffic__monthly_channel"
where period_month is null



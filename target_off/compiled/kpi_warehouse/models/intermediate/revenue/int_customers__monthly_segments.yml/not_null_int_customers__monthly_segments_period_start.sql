
    
    



select period_start
from "off"."main"."int_customers__monthly_segments"
where period_start is null



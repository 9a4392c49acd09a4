
    
    



select period_start
from "off"."main"."int_revenue__monthly"
where period_start is null



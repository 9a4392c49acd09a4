
    
    



select period_start
from "off"."main"."int_customers__monthly"
where period_start is null




    
    



select period_start
from "off"."main"."int_finance__monthly"
where period_start is null



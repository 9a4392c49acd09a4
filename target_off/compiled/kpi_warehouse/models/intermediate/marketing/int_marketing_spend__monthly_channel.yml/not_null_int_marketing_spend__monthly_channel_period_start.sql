
    
    



select period_start
from "off"."main"."int_marketing_spend__monthly_channel"
where period_start is null




    
    



select channel
from "off"."main"."int_customers__monthly"
where channel is null



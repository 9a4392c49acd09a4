
    
    



select customer_id
from "off"."main"."int_customers__segments"
where customer_id is null



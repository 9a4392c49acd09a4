
    
    



select customer_id
from "off"."main"."int_customers__monthly"
where customer_id is null



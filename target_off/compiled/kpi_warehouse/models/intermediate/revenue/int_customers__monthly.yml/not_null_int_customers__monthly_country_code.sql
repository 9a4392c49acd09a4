
    
    



select country_code
from "off"."main"."int_customers__monthly"
where country_code is null



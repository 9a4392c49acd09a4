
    
    



select segment
from "off"."main"."int_customers__segments"
where segment is null



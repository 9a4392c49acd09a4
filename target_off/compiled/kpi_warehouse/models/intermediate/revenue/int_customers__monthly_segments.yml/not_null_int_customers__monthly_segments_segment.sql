
    
    



select segment
from "off"."main"."int_customers__monthly_segments"
where segment is null



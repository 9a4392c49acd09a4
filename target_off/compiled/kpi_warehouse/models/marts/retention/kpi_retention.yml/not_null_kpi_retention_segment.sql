
    
    



select segment
from "off"."marts"."kpi_retention"
where segment is null



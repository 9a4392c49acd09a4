
    
    



select period_start
from "off"."marts"."kpi_retention"
where period_start is null



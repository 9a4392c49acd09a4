
    
    



select period_start
from "off"."marts"."kpi_attribution"
where period_start is null



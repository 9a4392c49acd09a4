
    
    



select period_start
from "off"."marts"."kpi_engagement"
where period_start is null



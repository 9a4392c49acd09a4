
    
    



select period_start
from "off"."marts"."kpi_lead_generation"
where period_start is null



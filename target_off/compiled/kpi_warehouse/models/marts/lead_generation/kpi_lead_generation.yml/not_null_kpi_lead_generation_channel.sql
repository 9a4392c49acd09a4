
    
    



select channel
from "off"."marts"."kpi_lead_generation"
where channel is null



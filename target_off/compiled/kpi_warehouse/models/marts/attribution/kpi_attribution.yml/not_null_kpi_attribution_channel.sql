
    
    



select channel
from "off"."marts"."kpi_attribution"
where channel is null



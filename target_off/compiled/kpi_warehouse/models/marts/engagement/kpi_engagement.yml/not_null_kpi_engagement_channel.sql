
    
    



select channel
from "off"."marts"."kpi_engagement"
where channel is null



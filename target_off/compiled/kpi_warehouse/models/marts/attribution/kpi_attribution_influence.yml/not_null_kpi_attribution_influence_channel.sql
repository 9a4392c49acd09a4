
    
    



select channel
from "off"."marts"."kpi_attribution_influence"
where channel is null




    
    



select channel
from "off"."marts"."kpi_scorecard"
where channel is null



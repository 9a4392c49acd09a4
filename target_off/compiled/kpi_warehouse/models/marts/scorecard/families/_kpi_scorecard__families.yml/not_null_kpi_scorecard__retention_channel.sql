
    
    



select channel
from "off"."marts"."kpi_scorecard__retention"
where channel is null




    
    



select channel
from "off"."marts"."kpi_scorecard__engagement"
where channel is null



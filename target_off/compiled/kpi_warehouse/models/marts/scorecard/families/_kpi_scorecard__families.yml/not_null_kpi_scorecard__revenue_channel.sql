
    
    



select channel
from "off"."marts"."kpi_scorecard__revenue"
where channel is null



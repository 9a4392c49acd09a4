
    
    



select channel
from "off"."marts"."kpi_scorecard__lead_generation"
where channel is null




    
    



select channel
from "off"."marts"."kpi_scorecard__brand_market"
where channel is null




    
    



select channel
from "off"."marts"."kpi_scorecard__paid_media"
where channel is null



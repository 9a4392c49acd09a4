
    
    



select period_start
from "off"."marts"."kpi_scorecard__paid_media"
where period_start is null



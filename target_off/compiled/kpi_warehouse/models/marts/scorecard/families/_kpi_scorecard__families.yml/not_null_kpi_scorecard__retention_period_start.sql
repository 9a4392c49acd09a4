
    
    



select period_start
from "off"."marts"."kpi_scorecard__retention"
where period_start is null



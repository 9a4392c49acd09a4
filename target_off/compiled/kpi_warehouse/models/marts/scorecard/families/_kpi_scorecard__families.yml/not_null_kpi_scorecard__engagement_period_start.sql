
    
    



select period_start
from "off"."marts"."kpi_scorecard__engagement"
where period_start is null



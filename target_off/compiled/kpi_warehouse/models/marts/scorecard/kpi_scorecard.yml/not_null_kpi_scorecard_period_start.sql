
    
    



select period_start
from "off"."marts"."kpi_scorecard"
where period_start is null



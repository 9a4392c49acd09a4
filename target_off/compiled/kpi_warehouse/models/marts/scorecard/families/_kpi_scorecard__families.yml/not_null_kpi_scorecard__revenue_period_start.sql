
    
    



select period_start
from "off"."marts"."kpi_scorecard__revenue"
where period_start is null




    
    



select period_start
from "off"."marts"."kpi_scorecard__lead_generation"
where period_start is null



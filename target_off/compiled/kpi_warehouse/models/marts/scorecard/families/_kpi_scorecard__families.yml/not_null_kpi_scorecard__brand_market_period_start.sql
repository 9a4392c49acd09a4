
    
    



select period_start
from "off"."marts"."kpi_scorecard__brand_market"
where period_start is null



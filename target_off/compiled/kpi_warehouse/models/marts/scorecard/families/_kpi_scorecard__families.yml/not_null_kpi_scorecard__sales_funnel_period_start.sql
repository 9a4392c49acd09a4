
    
    



select period_start
from "off"."marts"."kpi_scorecard__sales_funnel"
where period_start is null



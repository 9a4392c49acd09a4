
    
    



select channel
from "off"."marts"."kpi_scorecard__sales_funnel"
where channel is null




    
    



select period_start
from "off"."marts"."kpi_attribution_campaigns"
where period_start is null



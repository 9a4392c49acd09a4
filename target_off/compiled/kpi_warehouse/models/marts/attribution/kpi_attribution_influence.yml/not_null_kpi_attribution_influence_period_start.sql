
    
    



select period_start
from "off"."marts"."kpi_attribution_influence"
where period_start is null



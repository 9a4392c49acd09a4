
    
    



select campaign_name
from "off"."marts"."kpi_attribution"
where campaign_name is null



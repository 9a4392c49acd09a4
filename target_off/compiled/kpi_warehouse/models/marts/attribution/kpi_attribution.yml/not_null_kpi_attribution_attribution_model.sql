
    
    



select attribution_model
from "off"."marts"."kpi_attribution"
where attribution_model is null



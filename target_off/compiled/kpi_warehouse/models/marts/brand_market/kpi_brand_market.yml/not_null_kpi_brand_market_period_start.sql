
    
    



select period_start
from "off"."marts"."kpi_brand_market"
where period_start is null




    
    



select period_start
from "off"."marts"."kpi_attribution_accounts"
where period_start is null



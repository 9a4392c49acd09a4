
    
    



select period_start
from "off"."marts"."kpi_paid_media_daily"
where period_start is null



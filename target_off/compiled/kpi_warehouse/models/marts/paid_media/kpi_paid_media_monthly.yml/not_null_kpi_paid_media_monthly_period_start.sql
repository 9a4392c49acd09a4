
    
    



select period_start
from "off"."marts"."kpi_paid_media_monthly"
where period_start is null




    
    



select period_start
from "off"."marts"."kpi_revenue_by_channel"
where period_start is null



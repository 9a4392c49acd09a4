
    
    



select channel
from "off"."marts"."kpi_revenue_by_channel"
where channel is null



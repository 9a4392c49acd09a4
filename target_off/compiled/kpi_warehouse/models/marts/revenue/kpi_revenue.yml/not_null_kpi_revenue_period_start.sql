
    
    



select period_start
from "off"."marts"."kpi_revenue"
where period_start is null



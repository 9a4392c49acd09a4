
    
    



select channel
from "off"."marts"."kpi_sales_funnel"
where channel is null



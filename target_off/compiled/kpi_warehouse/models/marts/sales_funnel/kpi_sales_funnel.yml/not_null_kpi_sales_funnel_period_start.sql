
    
    



select period_start
from "off"."marts"."kpi_sales_funnel"
where period_start is null




    
    



select period_start
from "off"."marts"."kpi_sales_funnel_team"
where period_start is null



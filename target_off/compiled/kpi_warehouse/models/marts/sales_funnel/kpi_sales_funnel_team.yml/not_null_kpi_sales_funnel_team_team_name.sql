
    
    



select team_name
from "off"."marts"."kpi_sales_funnel_team"
where team_name is null



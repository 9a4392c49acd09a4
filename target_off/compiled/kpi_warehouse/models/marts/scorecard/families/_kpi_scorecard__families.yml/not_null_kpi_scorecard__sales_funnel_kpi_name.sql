
    
    



select kpi_name
from "off"."marts"."kpi_scorecard__sales_funnel"
where kpi_name is null




    
    



select kpi_name
from "off"."marts"."kpi_scorecard__revenue"
where kpi_name is null



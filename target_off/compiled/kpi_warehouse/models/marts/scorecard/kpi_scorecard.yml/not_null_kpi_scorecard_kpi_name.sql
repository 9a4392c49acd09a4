
    
    



select kpi_name
from "off"."marts"."kpi_scorecard"
where kpi_name is null



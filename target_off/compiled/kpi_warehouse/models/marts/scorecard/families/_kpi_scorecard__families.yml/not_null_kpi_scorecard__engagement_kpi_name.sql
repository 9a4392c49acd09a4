
    
    



select kpi_name
from "off"."marts"."kpi_scorecard__engagement"
where kpi_name is null



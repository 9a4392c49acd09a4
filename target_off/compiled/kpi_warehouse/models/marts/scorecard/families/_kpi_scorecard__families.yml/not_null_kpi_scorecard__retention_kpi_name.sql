
    
    



select kpi_name
from "off"."marts"."kpi_scorecard__retention"
where kpi_name is null



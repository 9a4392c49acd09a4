
    
    



select kpi_name
from "off"."marts"."kpi_scorecard__lead_generation"
where kpi_name is null



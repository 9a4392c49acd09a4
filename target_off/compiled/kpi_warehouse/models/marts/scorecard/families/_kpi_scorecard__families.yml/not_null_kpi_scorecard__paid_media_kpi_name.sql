
    
    



select kpi_name
from "off"."marts"."kpi_scorecard__paid_media"
where kpi_name is null



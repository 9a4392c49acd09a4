
    
    



select kpi_name
from "off"."marts"."kpi_scorecard__brand_market"
where kpi_name is null



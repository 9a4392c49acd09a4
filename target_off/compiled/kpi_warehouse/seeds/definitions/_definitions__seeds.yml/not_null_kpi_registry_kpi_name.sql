
    
    



select kpi_name
from "off"."main"."kpi_registry"
where kpi_name is null



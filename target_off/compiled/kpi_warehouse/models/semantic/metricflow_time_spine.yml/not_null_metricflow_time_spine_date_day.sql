
    
    



select date_day
from "off"."main"."metricflow_time_spine"
where date_day is null



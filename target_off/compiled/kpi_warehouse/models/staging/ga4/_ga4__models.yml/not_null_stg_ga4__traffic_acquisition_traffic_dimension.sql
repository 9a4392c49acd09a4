
    
    



select traffic_dimension
from "off"."main"."stg_ga4__traffic_acquisition"
where traffic_dimension is null



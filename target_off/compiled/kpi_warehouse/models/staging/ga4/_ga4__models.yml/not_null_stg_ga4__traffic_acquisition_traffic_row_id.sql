
    
    



select traffic_row_id
from "off"."main"."stg_ga4__traffic_acquisition"
where traffic_row_id is null




    
    



select channel
from "off"."main"."stg_ga4__traffic_acquisition"
where channel is null



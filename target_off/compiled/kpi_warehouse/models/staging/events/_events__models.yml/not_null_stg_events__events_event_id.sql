
    
    



select event_id
from "off"."main"."stg_events__events"
where event_id is null



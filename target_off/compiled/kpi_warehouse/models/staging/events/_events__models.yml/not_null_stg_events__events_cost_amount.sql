
    
    



select cost_amount
from "off"."main"."stg_events__events"
where cost_amount is null



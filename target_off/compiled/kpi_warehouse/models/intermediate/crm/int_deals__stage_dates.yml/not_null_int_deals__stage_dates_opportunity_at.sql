
    
    



select opportunity_at
from "off"."main"."int_deals__stage_dates"
where opportunity_at is null



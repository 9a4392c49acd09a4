
    
    



select deal_id
from "off"."main"."int_deals__stage_dates"
where deal_id is null



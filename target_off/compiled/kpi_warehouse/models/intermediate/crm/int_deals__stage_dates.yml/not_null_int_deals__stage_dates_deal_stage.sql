
    
    



select deal_stage
from "off"."main"."int_deals__stage_dates"
where deal_stage is null




    
    



select deal_id
from "off"."main"."int_deals__enriched"
where deal_id is null



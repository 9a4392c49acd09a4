
    
    



select team_name
from "off"."main"."int_deals__enriched"
where team_name is null



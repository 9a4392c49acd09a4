
    
    



select team_name
from "off"."main"."int_deals__stage_dates"
where team_name is null



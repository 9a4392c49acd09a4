
    
    



select activity_date
from "off"."main"."int_campaign_attribution__daily"
where activity_date is null



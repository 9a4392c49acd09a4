
    
    



select ad_campaign_key
from "off"."main"."int_campaign_attribution__daily"
where ad_campaign_key is null



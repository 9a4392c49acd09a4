
    
    



select ad_campaign_key
from "off"."main"."int_paid_media__daily"
where ad_campaign_key is null



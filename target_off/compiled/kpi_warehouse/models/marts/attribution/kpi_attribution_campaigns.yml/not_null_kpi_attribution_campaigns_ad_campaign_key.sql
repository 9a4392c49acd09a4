
    
    



select ad_campaign_key
from "off"."marts"."kpi_attribution_campaigns"
where ad_campaign_key is null




    
    



select ad_campaign_key
from "off"."marts"."kpi_paid_media_monthly"
where ad_campaign_key is null



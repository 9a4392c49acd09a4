
    
    



select ad_date
from "off"."main"."int_paid_media__daily"
where ad_date is null



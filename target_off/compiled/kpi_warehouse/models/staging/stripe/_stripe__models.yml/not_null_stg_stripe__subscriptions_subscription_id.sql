
    
    



select subscription_id
from "off"."main"."stg_stripe__subscriptions"
where subscription_id is null



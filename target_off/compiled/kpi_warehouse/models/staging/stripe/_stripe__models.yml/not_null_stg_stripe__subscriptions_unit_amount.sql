
    
    



select unit_amount
from "off"."main"."stg_stripe__subscriptions"
where unit_amount is null



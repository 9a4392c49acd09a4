
    
    



select ad_performance_id
from "off"."main"."int_ad_performance__unioned"
where ad_performance_id is null



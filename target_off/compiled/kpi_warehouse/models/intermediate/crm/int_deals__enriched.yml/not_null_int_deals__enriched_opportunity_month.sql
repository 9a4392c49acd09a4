
    
    



select opportunity_month
from "off"."main"."int_deals__enriched"
where opportunity_month is null




    
    



select period_month
from "off"."main"."int_email_campaigns__monthly"
where period_month is null



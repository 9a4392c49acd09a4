
    
    



select account_name
from "off"."marts"."kpi_attribution_accounts"
where account_name is null



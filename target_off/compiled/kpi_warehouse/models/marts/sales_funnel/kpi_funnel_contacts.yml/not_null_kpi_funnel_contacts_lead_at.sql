
    
    



select lead_at
from "off"."marts"."kpi_funnel_contacts"
where lead_at is null



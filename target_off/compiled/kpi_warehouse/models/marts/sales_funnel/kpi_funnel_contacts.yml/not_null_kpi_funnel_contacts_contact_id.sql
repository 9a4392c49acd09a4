
    
    



select contact_id
from "off"."marts"."kpi_funnel_contacts"
where contact_id is null




    
    



select record_id
from "off"."marts"."dq_crm_records"
where record_id is null




    
    



select record_type
from "off"."marts"."dq_crm_records"
where record_type is null



select *
from "off"."marts"."dq_crm_records"
where
    not (false)

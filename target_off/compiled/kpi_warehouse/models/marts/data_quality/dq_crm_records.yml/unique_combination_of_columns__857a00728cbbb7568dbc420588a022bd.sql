select
    record_type, record_id, rule_name, detail,
    count(*) as rows_with_this_key
from "off"."marts"."dq_crm_records"
group by record_type, record_id, rule_name, detail
having count(*) > 1


    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    record_type, record_id, rule_name, detail,
    count(*) as rows_with_this_key
from "off"."marts"."dq_crm_records"
group by record_type, record_id, rule_name, detail
having count(*) > 1

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select record_id
from "off"."marts"."dq_crm_records"
where record_id is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."dq_crm_records"
where
    not (false)

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select contact_id
from "off"."marts"."kpi_funnel_contacts"
where contact_id is null



  
  
      
    ) dbt_internal_test
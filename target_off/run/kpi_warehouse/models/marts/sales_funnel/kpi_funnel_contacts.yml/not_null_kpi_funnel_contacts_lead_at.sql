
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select lead_at
from "off"."marts"."kpi_funnel_contacts"
where lead_at is null



  
  
      
    ) dbt_internal_test
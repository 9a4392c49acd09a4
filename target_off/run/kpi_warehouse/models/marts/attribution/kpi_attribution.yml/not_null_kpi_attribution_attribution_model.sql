
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select attribution_model
from "off"."marts"."kpi_attribution"
where attribution_model is null



  
  
      
    ) dbt_internal_test
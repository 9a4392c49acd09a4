
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select kpi_name
from "off"."marts"."kpi_scorecard__lead_generation"
where kpi_name is null



  
  
      
    ) dbt_internal_test
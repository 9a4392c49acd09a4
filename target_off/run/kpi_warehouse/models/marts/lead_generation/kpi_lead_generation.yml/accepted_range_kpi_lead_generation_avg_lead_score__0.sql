
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select avg_lead_score as offending_value
from "off"."marts"."kpi_lead_generation"
where avg_lead_score < 0

  
  
      
    ) dbt_internal_test
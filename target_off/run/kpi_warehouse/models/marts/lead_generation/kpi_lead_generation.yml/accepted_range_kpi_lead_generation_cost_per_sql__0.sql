
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select cost_per_sql as offending_value
from "off"."marts"."kpi_lead_generation"
where cost_per_sql < 0

  
  
      
    ) dbt_internal_test
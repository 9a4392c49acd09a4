
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_lead_generation_events"
where
    not (cost_amount >= 0)

  
  
      
    ) dbt_internal_test
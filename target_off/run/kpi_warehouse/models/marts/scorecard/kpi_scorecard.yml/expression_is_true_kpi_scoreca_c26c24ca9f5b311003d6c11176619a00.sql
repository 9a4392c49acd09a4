
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_scorecard"
where
    not (change_abs = kpi_value - previous_value) and (previous_value is not null and kpi_value is not null)

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_scorecard"
where
    not ((is_target_met is null) = (kpi_value is null or target_value is null))

  
  
      
    ) dbt_internal_test
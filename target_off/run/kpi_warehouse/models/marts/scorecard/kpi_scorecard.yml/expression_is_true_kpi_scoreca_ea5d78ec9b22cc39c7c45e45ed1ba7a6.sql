
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_scorecard"
where
    not (is_target_met = case when direction = 'up' then kpi_value >= target_value else kpi_value <= target_value end) and (is_target_met is not null)

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_scorecard"
where
    not ((is_goal_on_track is null) = (goal_start is null or kpi_value is null))

  
  
      
    ) dbt_internal_test
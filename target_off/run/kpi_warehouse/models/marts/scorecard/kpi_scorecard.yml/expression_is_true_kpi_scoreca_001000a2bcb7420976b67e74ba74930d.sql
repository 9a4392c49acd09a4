
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_scorecard"
where
    not (goal_periods_elapsed between 1 and goal_periods_total and period_start between goal_start and goal_deadline) and (goal_start is not null)

  
  
      
    ) dbt_internal_test
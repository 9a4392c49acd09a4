
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    kpi_name, period_grain, period_start, channel,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_scorecard__lead_generation"
group by kpi_name, period_grain, period_start, channel
having count(*) > 1

  
  
      
    ) dbt_internal_test
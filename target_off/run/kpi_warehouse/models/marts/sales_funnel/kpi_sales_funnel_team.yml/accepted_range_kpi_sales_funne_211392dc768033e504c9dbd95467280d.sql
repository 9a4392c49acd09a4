
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select deals_created_won_rate as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where deals_created_won_rate < 0 or deals_created_won_rate > 1

  
  
      
    ) dbt_internal_test
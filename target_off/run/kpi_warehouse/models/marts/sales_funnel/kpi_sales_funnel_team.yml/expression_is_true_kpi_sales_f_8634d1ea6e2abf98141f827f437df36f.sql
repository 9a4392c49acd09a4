
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_sales_funnel_team"
where
    not (sales_cycle_days_median is null) and (won_deals_with_cycle = 0)

  
  
      
    ) dbt_internal_test
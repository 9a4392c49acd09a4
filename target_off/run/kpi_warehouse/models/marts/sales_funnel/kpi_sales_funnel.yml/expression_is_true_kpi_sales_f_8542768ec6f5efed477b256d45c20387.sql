
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_sales_funnel"
where
    not (won_deals_with_cycle <= deals_won)

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_sales_funnel_team"
where
    not (deals_won <= deals_closed)

  
  
      
    ) dbt_internal_test
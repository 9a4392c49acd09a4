
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select open_pipeline_amount as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where open_pipeline_amount < 0

  
  
      
    ) dbt_internal_test
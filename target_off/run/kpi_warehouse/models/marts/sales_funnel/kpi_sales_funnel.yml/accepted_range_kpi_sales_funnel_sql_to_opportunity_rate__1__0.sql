
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select sql_to_opportunity_rate as offending_value
from "off"."marts"."kpi_sales_funnel"
where sql_to_opportunity_rate < 0 or sql_to_opportunity_rate > 1

  
  
      
    ) dbt_internal_test
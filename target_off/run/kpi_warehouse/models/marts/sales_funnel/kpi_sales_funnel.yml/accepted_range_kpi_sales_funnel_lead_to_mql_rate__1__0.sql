
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select lead_to_mql_rate as offending_value
from "off"."marts"."kpi_sales_funnel"
where lead_to_mql_rate < 0 or lead_to_mql_rate > 1

  
  
      
    ) dbt_internal_test
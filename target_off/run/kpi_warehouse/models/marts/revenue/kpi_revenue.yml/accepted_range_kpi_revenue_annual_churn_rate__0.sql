
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select annual_churn_rate as offending_value
from "off"."marts"."kpi_revenue"
where annual_churn_rate < 0

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select churn_rate as offending_value
from "off"."marts"."kpi_retention"
where churn_rate < 0 or churn_rate > 1

  
  
      
    ) dbt_internal_test
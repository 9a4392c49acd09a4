
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select csat_satisfied_rate as offending_value
from "off"."marts"."kpi_retention"
where csat_satisfied_rate < 0 or csat_satisfied_rate > 1

  
  
      
    ) dbt_internal_test
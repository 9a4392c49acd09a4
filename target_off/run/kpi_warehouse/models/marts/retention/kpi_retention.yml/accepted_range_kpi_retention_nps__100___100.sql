
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select nps as offending_value
from "off"."marts"."kpi_retention"
where nps < -100 or nps > 100

  
  
      
    ) dbt_internal_test
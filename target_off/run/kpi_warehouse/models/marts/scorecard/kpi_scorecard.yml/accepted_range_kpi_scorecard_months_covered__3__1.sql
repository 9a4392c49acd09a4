
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select months_covered as offending_value
from "off"."marts"."kpi_scorecard"
where months_covered < 1 or months_covered > 3

  
  
      
    ) dbt_internal_test
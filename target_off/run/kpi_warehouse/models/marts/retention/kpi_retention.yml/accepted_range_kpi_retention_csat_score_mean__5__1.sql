
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select csat_score_mean as offending_value
from "off"."marts"."kpi_retention"
where csat_score_mean < 1 or csat_score_mean > 5

  
  
      
    ) dbt_internal_test
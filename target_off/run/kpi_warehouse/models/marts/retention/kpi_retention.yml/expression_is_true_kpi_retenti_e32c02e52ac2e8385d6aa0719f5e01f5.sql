
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_retention"
where
    not (satisfied_responses <= csat_responses)

  
  
      
    ) dbt_internal_test
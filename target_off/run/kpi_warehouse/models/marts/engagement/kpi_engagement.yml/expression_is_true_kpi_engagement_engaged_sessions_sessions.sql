
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_engagement"
where
    not (engaged_sessions <= sessions)

  
  
      
    ) dbt_internal_test
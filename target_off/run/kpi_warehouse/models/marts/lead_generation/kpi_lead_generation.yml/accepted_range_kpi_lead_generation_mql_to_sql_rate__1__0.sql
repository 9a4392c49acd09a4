
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select mql_to_sql_rate as offending_value
from "off"."marts"."kpi_lead_generation"
where mql_to_sql_rate < 0 or mql_to_sql_rate > 1

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select expected_lifetime_years as offending_value
from "off"."marts"."kpi_revenue"
where expected_lifetime_years < 0 or expected_lifetime_years > 5

  
  
      
    ) dbt_internal_test
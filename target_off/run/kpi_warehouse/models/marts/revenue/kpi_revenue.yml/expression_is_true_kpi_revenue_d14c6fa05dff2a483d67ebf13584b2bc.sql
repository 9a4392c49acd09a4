
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_revenue"
where
    not (clv is null) and (expected_lifetime_years is null)

  
  
      
    ) dbt_internal_test
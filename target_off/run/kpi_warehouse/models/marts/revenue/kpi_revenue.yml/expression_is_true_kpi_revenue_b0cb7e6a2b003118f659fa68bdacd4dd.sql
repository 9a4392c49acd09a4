
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_revenue"
where
    not (expected_lifetime_years = 5) and (customers_lost_window = 0 and customers_at_start_window > 0)

  
  
      
    ) dbt_internal_test
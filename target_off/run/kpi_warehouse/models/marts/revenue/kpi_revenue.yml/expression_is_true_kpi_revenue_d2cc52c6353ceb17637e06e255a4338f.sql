
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_revenue"
where
    not (abs(cast(clv as double precision) - cast(avg_transaction_value * transactions_per_customer_year * expected_lifetime_years - cost_to_serve_per_customer_year * expected_lifetime_years as double precision)) <= 1e-09 * greatest(1, abs(cast(avg_transaction_value * transactions_per_customer_year * expected_lifetime_years - cost_to_serve_per_customer_year * expected_lifetime_years as double precision)))) and (clv is not null)

  
  
      
    ) dbt_internal_test
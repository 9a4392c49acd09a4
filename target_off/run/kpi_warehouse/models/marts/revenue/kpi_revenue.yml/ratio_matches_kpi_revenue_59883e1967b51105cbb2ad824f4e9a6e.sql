
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  with recomputed as (
    select
        *,
        annual_churn_rate as actual_value,
        case
            when customers_at_start_window is null or customers_at_start_window = 0 then null
            else cast(customers_lost_window * 12 as double precision) * 1 / cast(customers_at_start_window as double precision)
        end as expected_value
    from "off"."marts"."kpi_revenue"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))

  
  
      
    ) dbt_internal_test
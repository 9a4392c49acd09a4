
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  with recomputed as (
    select
        *,
        change_rate as actual_value,
        case
            when abs(previous_value) is null or abs(previous_value) = 0 then null
            else cast(kpi_value - previous_value as double precision) * 1 / cast(abs(previous_value) as double precision)
        end as expected_value
    from "off"."marts"."kpi_scorecard"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))

  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  with recomputed as (
    select
        *,
        top_decile_gross_margin_share as actual_value,
        case
            when gross_margin_amount is null or gross_margin_amount = 0 then null
            else cast(top_decile_gross_margin_amount as double precision) * 1 / cast(gross_margin_amount as double precision)
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
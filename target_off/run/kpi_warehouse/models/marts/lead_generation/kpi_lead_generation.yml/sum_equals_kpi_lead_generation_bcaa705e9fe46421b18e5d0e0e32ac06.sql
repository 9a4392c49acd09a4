
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  with this_total as (
    select coalesce(sum(cast(marketing_spend_amount as double precision)), 0) as total from "off"."marts"."kpi_lead_generation"
),

other_total as (
    select coalesce(sum(cast(marketing_spend_amount as double precision)), 0) as total
    from "off"."main"."int_marketing_spend__monthly_channel"
)

select
    this_total.total as model_total,
    other_total.total as expected_total,
    this_total.total - other_total.total as difference
from this_total
cross join other_total
where abs(this_total.total - other_total.total) > 1e-09 * greatest(1, abs(other_total.total))

  
  
      
    ) dbt_internal_test
with this_total as (
    select coalesce(sum(cast(open_pipeline_amount as double precision)), 0) as total from "off"."marts"."kpi_sales_funnel_team"
),

other_total as (
    select coalesce(sum(cast(open_pipeline_amount as double precision)), 0) as total
    from "off"."marts"."kpi_sales_funnel"
)

select
    this_total.total as model_total,
    other_total.total as expected_total,
    this_total.total - other_total.total as difference
from this_total
cross join other_total
where abs(this_total.total - other_total.total) > 1e-09 * greatest(1, abs(other_total.total))
